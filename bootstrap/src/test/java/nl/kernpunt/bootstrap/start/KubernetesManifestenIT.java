package nl.kernpunt.bootstrap.start;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The manifests quarkus-kubernetes wrote at package time (docs/adr/0015): deployable, probed, without secrets. */
class KubernetesManifestenIT {

    private static final Path MANIFESTEN = Path.of("target", "kubernetes", "kubernetes.yml");
    private static final Pattern GEHEIM = Pattern.compile("(?i).*(password|secret|token|key).*");

    private static List<JsonNode> documenten;

    @BeforeAll
    static void lees() throws IOException {
        assertThat(MANIFESTEN).as("written by quarkus:build").isRegularFile();
        documenten = new YAMLMapper().readerFor(JsonNode.class).<JsonNode>readValues(Files.readString(MANIFESTEN))
                .readAll();
    }

    private static JsonNode soort(String kind) {
        return documenten.stream().filter(d -> d.path("kind").asText().equals(kind)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + MANIFESTEN));
    }

    @Test
    void three_replicas_with_liveness_readiness_and_startup_probes_on_the_health_endpoints_and_resources() {
        JsonNode deployment = soort("Deployment");
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(3);
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
        assertThat(container.at("/resources/requests/memory").asText()).isNotEmpty();
        assertThat(container.at("/resources/limits/memory").asText()).isNotEmpty();
        assertThat(container.findValuesAsText("name")).contains("kernpunt-config", "kernpunt-geheimen");
        assertThat(container.path("env").findValuesAsText("name")).contains("KERNPUNT_MODUS");
    }

    @Test
    void a_service_and_a_disruption_budget_that_selects_the_pods() {
        String app = soort("Deployment").at("/spec/template/metadata/labels/app.kubernetes.io~1name").asText();
        assertThat(soort("Service").at("/spec/selector/app.kubernetes.io~1name").asText()).isEqualTo(app);
        assertThat(soort("PodDisruptionBudget").at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText())
                .isEqualTo(app);
    }

    @Test
    void no_secret_values_only_references_and_no_init_job() {
        assertThat(documenten).noneMatch(d -> d.path("kind").asText().equals("Secret"))
                .noneMatch(d -> d.path("kind").asText().equals("Job"));
        for (JsonNode env : soort("Deployment").at("/spec/template/spec/containers/0/env")) {
            if (GEHEIM.matcher(env.path("name").asText()).matches()) {
                assertThat(env.has("value")).as(env.path("name").asText() + " written into the manifest").isFalse();
            }
        }
    }
}
