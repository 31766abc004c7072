package nl.kernpunt.bootstrap.schaal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON log option (docs/adr/0015): with {@code quarkus.log.console.json.enabled=true} every line an
 * instance wrote is one JSON object with time, level, logger and message, from the first line of the
 * start to the last of the run.
 */
final class JsonRegels {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRegels() {
    }

    static void controleer(Path map, int instanties) throws IOException {
        for (int i = 1; i <= instanties; i++) {
            Path log = map.resolve("instantie-" + i + ".log");
            // the first line is the command KernpuntProces started, written by the test itself
            List<String> regels = Files.readAllLines(log).stream().filter(r -> !r.startsWith("== ")).toList();
            assertThat(regels).as(log + " has log lines").isNotEmpty();
            for (String regel : regels) {
                JsonNode object;
                try {
                    object = JSON.readTree(regel);
                } catch (IOException e) {
                    throw new AssertionError(log + ": not a JSON line: " + regel, e);
                }
                assertThat(object.isObject()).as(regel).isTrue();
                assertThat(object.has("timestamp") && object.has("level") && object.has("loggerName")
                        && object.has("message")).as(regel).isTrue();
            }
            assertThat(regels).as(log.toString()).anySatisfy(r -> assertThat(r).contains("Production mode"));
        }
    }
}
