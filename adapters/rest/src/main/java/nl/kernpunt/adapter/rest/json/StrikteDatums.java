package nl.kernpunt.adapter.rest.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The contract's {@code date} and {@code date-time} are RFC 3339 text. Jackson's own readers also
 * take a number (days or seconds since 1970) and years beyond four digits ({@code +99999-01-01});
 * these take RFC 3339 text only, with the calendar checked (no 30 February).
 */
final class StrikteDatums<T> extends StdDeserializer<T> {

    static final StrikteDatums<LocalDate> DATUM = new StrikteDatums<>(LocalDate.class,
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}"), LocalDate::parse, "moet een datum zijn (jjjj-mm-dd)");
    static final StrikteDatums<OffsetDateTime> DATUM_TIJD = new StrikteDatums<>(OffsetDateTime.class,
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})", Pattern.CASE_INSENSITIVE),
            tekst -> OffsetDateTime.parse(tekst.toUpperCase(Locale.ROOT)),
            "moet een datum-tijd volgens RFC 3339 zijn, bijvoorbeeld 2026-03-16T10:00:00Z");

    private final Pattern vorm;
    private final Function<String, T> lezer;
    private final String reden;

    private StrikteDatums(Class<T> type, Pattern vorm, Function<String, T> lezer, String reden) {
        super(type);
        this.vorm = vorm;
        this.lezer = lezer;
        this.reden = reden;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING || !vorm.matcher(parser.getText()).matches()) {
            throw new Contractschending(parser, reden);
        }
        try {
            return lezer.apply(parser.getText());
        } catch (DateTimeException e) {
            throw new Contractschending(parser, reden);
        }
    }
}
