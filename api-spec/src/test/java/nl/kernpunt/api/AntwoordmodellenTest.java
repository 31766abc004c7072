package nl.kernpunt.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pom generates the schemas no request can reach without bean-validation annotations (Quarkus
 * REST never validates a return value, and Hibernate Validator builds every constrained class's
 * metadata at start: docs/adr/0025, fourth round). That list is written in the pom; this test
 * recomputes it from the contract, so a schema that becomes reachable from a request body or
 * parameter fails the build until the list is updated, and no input check can silently go.
 */
class AntwoordmodellenTest {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final String MODELPAKKET = "nl.kernpunt.api.model.";

    @Test
    void deLijstInDePomIsPreciesWatGeenVerzoekBereikt() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(MODULE.resolve("openapi.yaml").toFile());
        Set<String> bereikbaar = new TreeSet<>();
        List<JsonNode> invoer = new ArrayList<>();
        contract.path("paths").forEach(pad -> pad.properties().forEach(operatie -> {
            if (operatie.getKey().equals("parameters")) {
                invoer.add(operatie.getValue());
            } else {
                invoer.add(operatie.getValue().path("parameters"));
                invoer.add(operatie.getValue().path("requestBody"));
            }
        }));
        invoer.forEach(knoop -> volg(contract, knoop, bereikbaar, new TreeSet<>()));

        Set<String> alleenAntwoord = new TreeSet<>();
        contract.path("components").path("schemas").fieldNames().forEachRemaining(alleenAntwoord::add);
        alleenAntwoord.removeAll(bereikbaar);

        assertThat(lijstInDePom())
                .as("api-spec/pom.xml <modellen.alleen-antwoord>: the schemas no request reaches, computed from openapi.yaml")
                .isEqualTo(String.join(",", alleenAntwoord));
    }

    @Test
    void antwoordmodellenDragenGeenConstraintsEnVerzoekmodellenWel() throws ClassNotFoundException {
        for (String schema : lijstInDePom().split(",")) {
            assertThat(constraints(Class.forName(MODELPAKKET + schema))).as(schema).isZero();
        }
        // request-side samples: a body with required and bounded fields, and one nested through @Valid
        assertThat(constraints(Class.forName(MODELPAKKET + "KernNieuw"))).isPositive();
        assertThat(constraints(Class.forName(MODELPAKKET + "Contactpersoon"))).isPositive();
    }

    /** Every schema a node reaches through $ref, in properties, items, allOf/oneOf/anyOf or anywhere else. */
    private static void volg(JsonNode contract, JsonNode knoop, Set<String> schemas, Set<String> gezien) {
        if (knoop.isArray()) {
            knoop.forEach(kind -> volg(contract, kind, schemas, gezien));
            return;
        }
        if (!knoop.isObject()) {
            return;
        }
        JsonNode ref = knoop.get("$ref");
        if (ref != null && gezien.add(ref.asText())) {
            String[] delen = ref.asText().substring(2).split("/");
            if (delen[0].equals("components") && delen[1].equals("schemas")) {
                schemas.add(delen[2]);
            }
            JsonNode doel = contract;
            for (String deel : delen) {
                doel = doel.path(deel);
            }
            volg(contract, doel, schemas, gezien);
        }
        knoop.properties().forEach(veld -> volg(contract, veld.getValue(), schemas, gezien));
    }

    private static String lijstInDePom() {
        try {
            Matcher lijst = Pattern.compile("<modellen\\.alleen-antwoord>([^<]*)</modellen\\.alleen-antwoord>")
                    .matcher(Files.readString(MODULE.resolve("pom.xml")));
            assertThat(lijst.find()).as("property modellen.alleen-antwoord in api-spec/pom.xml").isTrue();
            return lijst.group(1).replaceAll("\\s", "");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long constraints(Class<?> model) {
        Stream<AnnotatedElement> plekken = Stream.of(
                Arrays.stream(model.getDeclaredFields()),
                Arrays.stream(model.getDeclaredMethods()),
                Arrays.stream(model.getDeclaredConstructors()),
                Stream.concat(Arrays.stream(model.getDeclaredMethods()), Arrays.stream(model.getDeclaredConstructors()))
                        .flatMap(AntwoordmodellenTest::parameters))
                .flatMap(s -> s);
        return plekken.flatMap(plek -> Arrays.stream(plek.getAnnotations()))
                .map(Annotation::annotationType)
                .filter(type -> type.getPackageName().startsWith("jakarta.validation"))
                .count();
    }

    private static Stream<AnnotatedElement> parameters(Executable uitvoerbaar) {
        return Arrays.stream(uitvoerbaar.getParameters()).map(p -> p);
    }
}
