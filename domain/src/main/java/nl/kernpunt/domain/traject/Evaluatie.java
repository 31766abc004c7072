package nl.kernpunt.domain.traject;

import java.math.BigDecimal;
import nl.kernpunt.domain.gedeeld.Eendecimaal;
import nl.kernpunt.domain.gedeeld.Invoer;

/**
 * Step 6, evalueer en leer. Both halves may be recorded separately while the traject runs; closing
 * needs the feedback to participants and the process evaluation (goals met) both. {@code rapportcijfer}
 * is the mark the residents involved give the room the gemeente gave them (002: "tenminste een 7 als
 * rapportcijfer" at the evaluation meeting), 1–10 with at most one decimal; monitoring averages it.
 */
public record Evaluatie(String terugkoppeling, String doelenBehaald, String succesfactoren, String lessen,
                        String belemmerendeRegels, BigDecimal rapportcijfer) {

    private static final int MAX = 4000;

    public Evaluatie {
        terugkoppeling = Invoer.optioneel("terugkoppeling", terugkoppeling, MAX);
        doelenBehaald = Invoer.optioneel("doelenBehaald", doelenBehaald, MAX);
        succesfactoren = Invoer.optioneel("succesfactoren", succesfactoren, MAX);
        lessen = Invoer.optioneel("lessen", lessen, MAX);
        belemmerendeRegels = Invoer.optioneel("belemmerendeRegels", belemmerendeRegels, MAX);
        rapportcijfer = Eendecimaal.rapportcijfer("rapportcijfer", rapportcijfer);
    }

    public boolean heeftTerugkoppeling() {
        return terugkoppeling != null;
    }

    public boolean heeftProcesevaluatie() {
        return doelenBehaald != null;
    }
}
