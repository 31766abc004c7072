package nl.kernpunt.adapter.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Text as the contract has it, without NUL (U+0000): PostgreSQL cannot store it in text or jsonb,
 * and no resident or colleague ever typed one. Refused when read, so no use case sees it.
 */
final class TekstZonderNul extends StringDeserializer {

    static final String REDEN = "bevat een NUL-teken (U+0000), dat in tekst niet is toegestaan";

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String tekst = super.deserialize(parser, context);
        if (tekst != null && tekst.indexOf('\u0000') >= 0) {
            throw new Contractschending(parser, REDEN);
        }
        return tekst;
    }
}
