package nl.kernpunt.application.gedeeld.verwerking;

/** What a processing did with the personal data, as the processing log records it. */
public enum Handeling {
    RAADPLEGEN, WIJZIGEN, VERWIJDEREN;

    public String extern() {
        return name().toLowerCase();
    }
}
