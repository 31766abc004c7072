package nl.kernpunt.domain.gemeente;

import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * How many months after closure a gemeente keeps the residents' personal data of each kind of
 * record; then the retention job replaces them with a marker (docs/adr/0018). Absent means the
 * default: the project's own, to be confirmed by the gemeente's archivist. A term runs in calendar
 * months (UTC) from the last transition into a closed status; the claim query applies it.
 */
public record Bewaartermijnen(Integer initiatiefMaanden, Integer vraagMaanden, Integer bijeenkomstdeelnemersMaanden,
                              Integer subsidieaanvraagMaanden) {

    public static final Bewaartermijnen STANDAARD = new Bewaartermijnen(null, null, null, null);

    private static final int MAXIMUM = 1200;

    public Bewaartermijnen {
        initiatiefMaanden = binnen("initiatiefMaanden", initiatiefMaanden, 24);
        vraagMaanden = binnen("vraagMaanden", vraagMaanden, 12);
        bijeenkomstdeelnemersMaanden = binnen("bijeenkomstdeelnemersMaanden", bijeenkomstdeelnemersMaanden, 12);
        subsidieaanvraagMaanden = binnen("subsidieaanvraagMaanden", subsidieaanvraagMaanden, 84);
    }

    private static int binnen(String veld, Integer maanden, int standaard) {
        if (maanden == null) {
            return standaard;
        }
        if (maanden < 1 || maanden > MAXIMUM) {
            throw new OngeldigeWaarde("instellingen.bewaartermijnen." + veld, "buiten-bereik",
                    "moet tussen 1 en " + MAXIMUM + " maanden liggen");
        }
        return maanden;
    }
}
