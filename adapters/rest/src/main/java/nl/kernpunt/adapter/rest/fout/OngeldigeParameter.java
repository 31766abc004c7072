package nl.kernpunt.adapter.rest.fout;

import jakarta.ws.rs.BadRequestException;

/**
 * A path, query or header value that cannot be converted to its declared type. It is a
 * {@link jakarta.ws.rs.WebApplicationException} so that Quarkus REST passes it through unchanged
 * instead of turning it into the 404 that JAX-RS prescribes for path and query parameters.
 */
public final class OngeldigeParameter extends BadRequestException {

    private final String waarde;
    private final String reden;

    public OngeldigeParameter(String waarde, String reden) {
        super(reden);
        this.waarde = waarde;
        this.reden = reden;
    }

    /** The value as the client sent it; the mapper looks up which parameter carried it. */
    public String waarde() {
        return waarde;
    }

    public String reden() {
        return reden;
    }
}
