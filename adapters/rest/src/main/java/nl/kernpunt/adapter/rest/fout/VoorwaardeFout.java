package nl.kernpunt.adapter.rest.fout;

/**
 * An HTTP precondition of a write is not met before the use case even runs: {@code If-Match}
 * missing (428) or not a version we ever issued (412).
 */
public final class VoorwaardeFout extends RuntimeException {

    private final int status;
    private final String code;

    public VoorwaardeFout(int status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
