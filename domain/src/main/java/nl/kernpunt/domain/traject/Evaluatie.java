package nl.kernpunt.domain.traject;

import nl.kernpunt.domain.gedeeld.Invoer;

/**
 * Step 6, evalueer en leer. Both halves may be recorded separately while the traject runs; closing
 * needs the feedback to participants and the process evaluation (goals met) both.
 */
public record Evaluatie(String terugkoppeling, String doelenBehaald, String succesfactoren, String lessen,
                        String belemmerendeRegels) {

    private static final int MAX = 4000;

    public Evaluatie {
        terugkoppeling = Invoer.optioneel("terugkoppeling", terugkoppeling, MAX);
        doelenBehaald = Invoer.optioneel("doelenBehaald", doelenBehaald, MAX);
        succesfactoren = Invoer.optioneel("succesfactoren", succesfactoren, MAX);
        lessen = Invoer.optioneel("lessen", lessen, MAX);
        belemmerendeRegels = Invoer.optioneel("belemmerendeRegels", belemmerendeRegels, MAX);
    }

    public boolean heeftTerugkoppeling() {
        return terugkoppeling != null;
    }

    public boolean heeftProcesevaluatie() {
        return doelenBehaald != null;
    }
}
