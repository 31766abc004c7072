package nl.kernpunt.adapter.rest.monitoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kernpunt.api.model.Monitoring;

/**
 * The monitoring figures as CSV (RFC 4180: comma, CRLF, quotes where needed), one row per figure:
 * {@code sectie,cijfer,kwalificatie,waarde}. Written from the JSON tree of the same DTO, so a new
 * section in the contract shows up here without code of its own. The rules: every top-level object
 * is a section; a scalar is a figure (null: empty value); a nested object prefixes its fields with
 * its name ({@code a.b}); in a list, an item's text fields are the qualifier and each number is a
 * figure (named after the list, plus {@code .field} unless the field is {@code aantal}).
 *
 * <p>Declared for {@code Object}: Quarkus REST picks the writers of a {@code RestResponse} by the
 * response's class, not the entity's, so a writer typed {@code Monitoring} is never offered.
 */
@Provider
@Produces(CijfersAlsCsv.TEXT_CSV)
public class CijfersAlsCsv implements MessageBodyWriter<Object> {

    static final String TEXT_CSV = "text/csv";
    private static final String KOP = "sectie,cijfer,kwalificatie,waarde";
    private static final Pattern BEDRAG = Pattern.compile("\\d+\\.\\d{2}");

    /** Its own copy: the API leaves nulls out of JSON, but a CSV row should stay, with an empty value. */
    private final ObjectMapper json;

    public CijfersAlsCsv(ObjectMapper json) {
        this.json = json.copy().setSerializationInclusion(JsonInclude.Include.ALWAYS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Monitoring.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object monitoring, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream uit)
            throws IOException, WebApplicationException {
        headers.putSingle("Content-Type", TEXT_CSV + "; charset=UTF-8; header=present");
        uit.write(csv(json.valueToTree(monitoring)).getBytes(StandardCharsets.UTF_8));
    }

    static String csv(JsonNode monitoring) {
        List<List<String>> regels = new ArrayList<>();
        monitoring.properties().forEach(sectie -> sectie.getValue().properties()
                .forEach(veld -> cijfer(sectie.getKey(), veld.getKey(), "", veld.getValue(), regels)));
        StringBuilder csv = new StringBuilder(KOP).append("\r\n");
        regels.forEach(regel -> csv.append(regel.stream().map(CijfersAlsCsv::veld).collect(Collectors.joining(",")))
                .append("\r\n"));
        return csv.toString();
    }

    private static void cijfer(String sectie, String cijfer, String kwalificatie, JsonNode waarde,
                               List<List<String>> regels) {
        if (waarde.isArray()) {
            waarde.forEach(item -> {
                String kwalificaties = item.properties().stream().map(Map.Entry::getValue)
                        .filter(CijfersAlsCsv::isKwalificatie).map(JsonNode::asText).collect(Collectors.joining(" "));
                item.properties().stream().filter(veld -> !isKwalificatie(veld.getValue()))
                        .forEach(veld -> cijfer(sectie, veld.getKey().equals("aantal") ? cijfer : cijfer + "." + veld.getKey(),
                                kwalificaties, veld.getValue(), regels));
            });
        } else if (waarde.isObject()) {
            waarde.properties().forEach(veld -> cijfer(sectie, cijfer + "." + veld.getKey(), kwalificatie,
                    veld.getValue(), regels));
        } else {
            regels.add(List.of(sectie, cijfer, kwalificatie, tekst(waarde)));
        }
    }

    /** A text names what an item counts (a status, a scheme), except an amount of money ("2000.00"), a figure. */
    private static boolean isKwalificatie(JsonNode waarde) {
        return waarde.isTextual() && !BEDRAG.matcher(waarde.asText()).matches();
    }

    /** A percentage keeps its scale as in JSON (50.0, not 5E+1). */
    private static String tekst(JsonNode waarde) {
        if (waarde.isNull()) {
            return "";
        }
        return waarde.isBigDecimal() ? waarde.decimalValue().toPlainString() : waarde.asText();
    }

    /** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
    private static String veld(String tekst) {
        if (tekst.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return '"' + tekst.replace("\"", "\"\"") + '"';
        }
        return tekst;
    }
}
