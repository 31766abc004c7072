package nl.kernpunt.adapter.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A JSON value Jackson could read but the contract forbids; Jackson adds the field's path on the way up. */
public final class Contractschending extends JsonMappingException {

    private final String reden;

    Contractschending(JsonParser parser, String reden) {
        super(parser, reden);
        this.reden = reden;
    }

    public String reden() {
        return reden;
    }
}
