package nl.kernpunt.adapter.rest.fout;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import nl.kernpunt.adapter.rest.json.Contractschending;
import nl.kernpunt.api.model.Problem;

/**
 * Explains why a request body could not be read, in terms of the JSON the client sent: where the
 * syntax breaks, which field is unknown, which value has the wrong type or is not one of an enum.
 */
public final class JsonFouten {

    private JsonFouten() {
    }

    public static Problem probleem(JsonProcessingException fout, String instance) {
        // databind wraps a syntax error met inside a field (NaN, a name given twice) with the bean path
        if (fout.getCause() instanceof StreamReadException syntaxis) {
            return syntaxfout(syntaxis, instance);
        }
        if (fout instanceof UnrecognizedPropertyException onbekend) {
            String veld = Invoerpaden.van(onbekend.getPath());
            return Problemen.probleem(400, "onbekend-veld", "Het veld " + veld + " bestaat niet"
                    + toegestaan(onbekend.getKnownPropertyIds()) + ".", instance)
                    .invalidParams(List.of(Problemen.invalidParam(veld, "onbekend-veld", "bestaat niet")));
        }
        if (fout instanceof MismatchedInputException rest && rest.getOriginalMessage().contains("FAIL_ON_TRAILING_TOKENS")) {
            return ongeldigeJson("na het JSON-document volgt nog tekst", Invoerpaden.BODY, fout.getLocation(), instance);
        }
        if (fout instanceof JsonMappingException binding) {
            String veld = Invoerpaden.van(binding.getPath());
            String reden = reden(binding);
            return Problemen.probleem(400, "ongeldige-waarde", veld + " " + reden + ".", instance)
                    .invalidParams(List.of(Problemen.invalidParam(veld, "ongeldige-waarde", reden)));
        }
        return syntaxfout(fout, instance);
    }

    private static Problem syntaxfout(JsonProcessingException fout, String instance) {
        String veld = fout.getProcessor() instanceof JsonParser parser ? veld(parser.getParsingContext()) : Invoerpaden.BODY;
        String reden = fout.getOriginalMessage().startsWith("Duplicate field") ? "een veld komt twee keer voor"
                : "de body is geen geldige JSON";
        return ongeldigeJson(reden, veld, fout.getLocation(), instance);
    }

    /** Syntax, not a value: the detail says where it breaks, invalidParams which field it broke in. */
    private static Problem ongeldigeJson(String reden, String veld, JsonLocation plaats, String instance) {
        String detail = Character.toUpperCase(reden.charAt(0)) + reden.substring(1)
                + (veld.equals(Invoerpaden.BODY) ? "" : " (bij " + veld + ")") + plaats(plaats) + ".";
        return Problemen.probleem(400, "ongeldige-json", detail, instance)
                .invalidParams(List.of(Problemen.invalidParam(veld, "ongeldige-json", reden)));
    }

    /** The field the parser was in, named like {@link Invoerpaden}: the same name a value error would give. */
    private static String veld(JsonStreamContext context) {
        Deque<String> delen = new ArrayDeque<>();
        for (JsonStreamContext stap = context; stap != null && !stap.inRoot(); stap = stap.getParent()) {
            if (stap.inArray()) {
                delen.push("[" + Math.max(stap.getCurrentIndex(), 0) + "]");
            } else if (stap.getCurrentName() != null) {
                delen.push("." + stap.getCurrentName());
            }
        }
        String pad = String.join("", delen);
        pad = pad.startsWith(".") ? pad.substring(1) : pad;
        return pad.isEmpty() ? Invoerpaden.BODY : pad;
    }

    private static String reden(JsonMappingException fout) {
        if (fout instanceof Contractschending schending) {
            return schending.reden();
        }
        String waarde = fout instanceof InvalidFormatException formaat ? "'" + formaat.getValue() + "' is ongeldig; " : "";
        return waarde + verwacht(doeltype(fout));
    }

    private static Class<?> doeltype(JsonMappingException fout) {
        if (fout instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType();
        }
        // a generated enum's @JsonCreator rejects an unknown value with an IllegalArgumentException
        if (fout instanceof ValueInstantiationException instantiatie && instantiatie.getType() != null) {
            return instantiatie.getType().getRawClass();
        }
        return null;
    }

    static String verwacht(Class<?> type) {
        if (type == null) {
            return "heeft een ongeldige waarde";
        }
        if (type.isEnum()) {
            // the generated enums write their JSON value in toString()
            return "moet een van deze waarden zijn: " + Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "moet tekst zijn";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "moet true of false zijn";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "moet een getal zijn";
        }
        if (type == LocalDate.class) {
            return "moet een datum zijn (jjjj-mm-dd)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "moet een datum-tijd volgens RFC 3339 zijn";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "moet een lijst zijn";
        }
        return "moet een object zijn";
    }

    private static String toegestaan(Collection<Object> bekend) {
        if (bekend == null || bekend.isEmpty()) {
            return "";
        }
        return "; bekend zijn: " + bekend.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String plaats(JsonLocation plaats) {
        if (plaats == null || plaats.getLineNr() < 1) {
            return "";
        }
        return " (regel " + plaats.getLineNr() + ", kolom " + plaats.getColumnNr() + ")";
    }
}
