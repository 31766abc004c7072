package nl.kernpunt.application.gedeeld.fout;

/** Base of the errors a use case raises beyond domain rules; {@code code} is stable and kebab-case. */
public abstract class ToepassingsFout extends RuntimeException {

    private final String code;

    protected ToepassingsFout(String code, String melding) {
        super(melding);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
