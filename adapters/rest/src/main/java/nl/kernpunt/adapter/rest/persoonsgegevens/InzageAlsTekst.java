package nl.kernpunt.adapter.rest.persoonsgegevens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.kernpunt.api.model.Inzage;

/**
 * An access request's answer as text a resident can read: the JSON tree of the same DTO, one field
 * per line, nested fields indented, list items with a dash. Written from the DTO, so text and JSON
 * cannot disagree and a new field in the contract shows up here by itself.
 *
 * <p>Declared for {@code Object}: Quarkus REST picks the writers of a {@code RestResponse} by the
 * response's class, not the entity's (as for the monitoring CSV).
 */
@Provider
@Produces(MediaType.TEXT_PLAIN)
public class InzageAlsTekst implements MessageBodyWriter<Object> {

    private final ObjectMapper json;

    public InzageAlsTekst(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Inzage.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object inzage, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream uit) throws IOException {
        headers.putSingle("Content-Type", MediaType.TEXT_PLAIN + "; charset=UTF-8");
        StringBuilder tekst = new StringBuilder("Inzage in persoonsgegevens (AVG artikel 15)\n");
        schrijf(json.valueToTree(inzage), "", tekst);
        uit.write(tekst.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void schrijf(JsonNode knoop, String inspringing, StringBuilder tekst) {
        for (Map.Entry<String, JsonNode> veld : knoop.properties()) {
            JsonNode waarde = veld.getValue();
            if (waarde.isValueNode()) {
                tekst.append(inspringing).append(veld.getKey()).append(": ").append(waarde.asText()).append('\n');
            } else if (waarde.isArray()) {
                tekst.append(inspringing).append(veld.getKey()).append(" (").append(waarde.size()).append(")\n");
                for (JsonNode item : waarde) {
                    if (item.isValueNode()) {
                        tekst.append(inspringing).append("  - ").append(item.asText()).append('\n');
                    } else {
                        tekst.append(inspringing).append("  -\n");
                        schrijf(item, inspringing + "    ", tekst);
                    }
                }
            } else {
                tekst.append(inspringing).append(veld.getKey()).append(":\n");
                schrijf(waarde, inspringing + "  ", tekst);
            }
        }
    }
}
