package nl.kernpunt.adapter.rest.fout;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Names an offending value as the client wrote it, e.g. {@code kernambtenaar.email} or
 * {@code communicatiekanalen[0].type}: the same path for a Jackson error and a Bean Validation
 * violation, without Java method or argument names.
 */
public final class Invoerpaden {

    /** The name used when the request body as a whole is wrong (missing, or not an object). */
    public static final String BODY = "body";

    private Invoerpaden() {
    }

    public static String van(List<JsonMappingException.Reference> pad) {
        PadBouwer bouwer = new PadBouwer();
        for (JsonMappingException.Reference stap : pad) {
            if (stap.getIndex() >= 0) {
                bouwer.index(stap.getIndex());
            } else {
                bouwer.veld(stap.getFieldName());
            }
        }
        return bouwer.naam();
    }

    /**
     * The path of a violation. A method parameter becomes its name in the contract (found by
     * {@code contractNaam}, e.g. {@code If-Match}); the request body parameter disappears, so
     * its fields start the path.
     */
    public static String van(Path pad, Function<Path.ParameterNode, Optional<String>> contractNaam) {
        PadBouwer bouwer = new PadBouwer();
        for (Path.Node stap : pad) {
            if (stap.getKind() == ElementKind.PARAMETER) {
                contractNaam.apply(stap.as(Path.ParameterNode.class)).ifPresent(bouwer::veld);
                continue;
            }
            if (stap.getKind() == ElementKind.METHOD || stap.getKind() == ElementKind.CONSTRUCTOR
                    || stap.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (stap.isInIterable()) {
                bouwer.index(stap.getIndex() != null ? stap.getIndex() : stap.getKey());
            }
            // container elements are named like "<list element>": the index already says it
            if (stap.getName() != null && !stap.getName().startsWith("<")) {
                bouwer.veld(stap.getName());
            }
        }
        return bouwer.naam();
    }

    private static final class PadBouwer {

        private final StringBuilder pad = new StringBuilder();

        void veld(String naam) {
            if (naam == null) {
                return;
            }
            if (!pad.isEmpty()) {
                pad.append('.');
            }
            pad.append(naam);
        }

        void index(Object index) {
            pad.append('[').append(index).append(']');
        }

        String naam() {
            return pad.isEmpty() ? BODY : pad.toString();
        }
    }
}
