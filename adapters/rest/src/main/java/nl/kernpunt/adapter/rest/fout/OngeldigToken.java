package nl.kernpunt.adapter.rest.fout;

/** The bearer token is valid, but lacks what this API needs to know who the caller is (401). */
public final class OngeldigToken extends RuntimeException {

    private final String code;

    public OngeldigToken(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
