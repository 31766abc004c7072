package nl.kernpunt.adapter.rest.fout;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import nl.kernpunt.api.model.InvalidParam;

/** Turns Bean Validation violations of the generated constraints into {@code invalidParams}. */
public final class Schendingen {

    /** Stable codes for the constraints the contract generates; others fall back to kebab-case. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("NotNull", "verplicht"),
            Map.entry("NotEmpty", "verplicht"),
            Map.entry("NotBlank", "verplicht"),
            Map.entry("Size", "lengte"),
            Map.entry("Pattern", "patroon"),
            Map.entry("Min", "buiten-bereik"),
            Map.entry("Max", "buiten-bereik"),
            Map.entry("DecimalMin", "buiten-bereik"),
            Map.entry("DecimalMax", "buiten-bereik"),
            Map.entry("Email", "ongeldig-email"));

    private Schendingen() {
    }

    public static List<InvalidParam> invalidParams(Iterable<? extends ConstraintViolation<?>> schendingen) {
        return StreamSupport.stream(schendingen.spliterator(), false)
                .map(Schendingen::invalidParam)
                .sorted(Comparator.comparing(InvalidParam::getName).thenComparing(InvalidParam::getCode))
                .toList();
    }

    /** A violation of a response, not of the client's input: our fault. */
    public static boolean betreftAntwoord(ConstraintViolation<?> schending) {
        return StreamSupport.stream(schending.getPropertyPath().spliterator(), false)
                .anyMatch(stap -> stap.getKind() == ElementKind.RETURN_VALUE);
    }

    static InvalidParam invalidParam(ConstraintViolation<?> schending) {
        String naam = Invoerpaden.van(schending.getPropertyPath(), parameter -> contractNaam(schending, parameter));
        return Problemen.invalidParam(naam, code(schending), schending.getMessage());
    }

    static String code(ConstraintViolation<?> schending) {
        String annotatie = schending.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return CODES.getOrDefault(annotatie, kebab(annotatie));
    }

    private static Optional<String> contractNaam(ConstraintViolation<?> schending, Path.ParameterNode parameter) {
        for (Path.Node stap : schending.getPropertyPath()) {
            if (stap.getKind() == ElementKind.METHOD) {
                Path.MethodNode methode = stap.as(Path.MethodNode.class);
                return ParameterNamen.contractNaam(schending.getRootBeanClass(), methode.getName(),
                        methode.getParameterTypes(), parameter.getParameterIndex());
            }
        }
        return Optional.empty();
    }

    private static String kebab(String naam) {
        return naam.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
