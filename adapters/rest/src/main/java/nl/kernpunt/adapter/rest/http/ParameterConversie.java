package nl.kernpunt.adapter.rest.http;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kernpunt.adapter.rest.fout.OngeldigeParameter;

/**
 * Strict conversion of the typed path, query and header parameters of the contract. JAX-RS would
 * answer a 404 for a path or query value it cannot convert, and reads {@code gearchiveerd=misschien}
 * as {@code false}; these converters reject such values with a 400 {@link OngeldigeParameter}.
 * Quarkus REST asks registered providers first for every converted parameter, date-times included.
 * The contract's enums are generated with their wire value as {@code toString()}, so one converter
 * serves them all and can name the values that are allowed.
 */
@Provider
public class ParameterConversie implements ParamConverterProvider {

    private static final Pattern UUID_VORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Map<Class<?>, ParamConverter<?>> CONVERTERS = Map.of(
            UUID.class, converter(ParameterConversie::uuid),
            Integer.class, converter(ParameterConversie::geheelGetal),
            Boolean.class, converter(ParameterConversie::waarheid),
            LocalDate.class, converter(ParameterConversie::datum),
            OffsetDateTime.class, converter(ParameterConversie::datumTijd));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        if (type.isEnum()) {
            return converter(waarde -> keuze(type, waarde));
        }
        return (ParamConverter<T>) CONVERTERS.get(type);
    }

    static <T> T keuze(Class<T> type, String waarde) {
        T[] keuzes = type.getEnumConstants();
        return Arrays.stream(keuzes).filter(k -> k.toString().equals(waarde)).findFirst()
                .orElseThrow(() -> new OngeldigeParameter(waarde, "moet een van " + Arrays.stream(keuzes)
                        .map(Object::toString).collect(Collectors.joining(", ")) + " zijn"));
    }

    static UUID uuid(String waarde) {
        // UUID.fromString alone accepts shortened forms such as 1-1-1-1-1
        if (!UUID_VORM.matcher(waarde).matches()) {
            throw new OngeldigeParameter(waarde, "moet een UUID zijn");
        }
        return UUID.fromString(waarde);
    }

    static Integer geheelGetal(String waarde) {
        try {
            return Integer.valueOf(waarde);
        } catch (NumberFormatException e) {
            throw new OngeldigeParameter(waarde, "moet een geheel getal zijn");
        }
    }

    static Boolean waarheid(String waarde) {
        if ("true".equalsIgnoreCase(waarde)) {
            return Boolean.TRUE;
        }
        if ("false".equalsIgnoreCase(waarde)) {
            return Boolean.FALSE;
        }
        throw new OngeldigeParameter(waarde, "moet true of false zijn");
    }

    static LocalDate datum(String waarde) {
        try {
            return LocalDate.parse(waarde);
        } catch (DateTimeParseException e) {
            throw new OngeldigeParameter(waarde, "moet een datum volgens RFC 3339 zijn, bijvoorbeeld 2025-01-31");
        }
    }

    static OffsetDateTime datumTijd(String waarde) {
        try {
            return OffsetDateTime.parse(waarde);
        } catch (DateTimeParseException e) {
            throw new OngeldigeParameter(waarde, "moet een datum-tijd volgens RFC 3339 zijn, bijvoorbeeld 2025-01-31T09:00:00Z");
        }
    }

    private static <T> ParamConverter<T> converter(Function<String, T> conversie) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String waarde) {
                return waarde == null ? null : conversie.apply(waarde);
            }

            @Override
            public String toString(T waarde) {
                return waarde == null ? null : waarde.toString();
            }
        };
    }
}
