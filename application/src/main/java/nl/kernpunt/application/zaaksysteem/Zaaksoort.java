package nl.kernpunt.application.zaaksysteem;

/**
 * The kind of item that is a zaak in the case system. Each kind has its own zaaktype, statustypen
 * and roltype in the gemeente's configuration.
 */
public enum Zaaksoort {
    INITIATIEF('I'),
    VRAAG('V');

    private final char letter;

    Zaaksoort(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    /** As configuration and the API write it: {@code initiatief}. */
    public String extern() {
        return name().toLowerCase();
    }

    public static Zaaksoort vanLetter(char letter) {
        for (Zaaksoort soort : values()) {
            if (soort.letter == letter) {
                return soort;
            }
        }
        throw new IllegalArgumentException("geen zaaksoort met letter " + letter);
    }
}
