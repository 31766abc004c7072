package nl.kernpunt.domain.gedeeld;

/**
 * Base of every error the domain raises. The {@code code} is stable and kebab-case, so clients
 * can act on it without parsing the Dutch message.
 */
public abstract class DomeinFout extends RuntimeException {

    private final String code;

    protected DomeinFout(String code, String melding) {
        super(melding);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
