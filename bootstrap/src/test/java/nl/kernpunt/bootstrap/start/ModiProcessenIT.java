package nl.kernpunt.bootstrap.start;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.kernpunt.bootstrap.testsupport.KernpuntProces;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two modes of docs/adr/0015 with the packaged service as a real process (run by failsafe after
 * {@code quarkus:build}); the services' logs are in {@code target/modi-processen/}.
 */
class ModiProcessenIT {

    private static final Path JAR = Path.of(System.getProperty("kernpunt.it.jar", "target/quarkus-app/quarkus-run.jar"));
    private static final Path LOGS = Path.of("target", "modi-processen").toAbsolutePath();

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void database() throws IOException {
        assertThat(JAR).as("the packaged service (quarkus:build runs before failsafe)").isRegularFile();
        postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
    }

    @AfterAll
    static void ruimOp() throws IOException {
        TestTokens.vergeet();
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void production_without_a_database_and_identity_provider_of_its_own_names_what_is_missing_and_stops()
            throws IOException {
        Path data = Files.createTempDirectory(Files.createDirectories(LOGS), "productie-leeg");
        Path log = LOGS.resolve("productie-leeg.log");

        int eindcode = KernpuntProces.eindcodeBijStart(JAR, Map.of("kernpunt.modus", "productie",
                "kernpunt.data-dir", data.toString()), log);

        assertThat(eindcode).isEqualTo(1);
        assertThat(Files.readString(log)).contains("Kernpunt does not start: production mode",
                "QUARKUS_DATASOURCE_JDBC_URL is not set", "QUARKUS_DATASOURCE_PASSWORD is not set",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION is not set", "MP_JWT_VERIFY_ISSUER is not set");
        assertThat(data).as("no embedded database and no development key made").isEmptyDirectory();
    }

    @Test
    void the_embedded_database_refuses_a_port_another_postgresql_listens_on() throws IOException {
        Path data = Files.createTempDirectory(Files.createDirectories(LOGS), "poort-bezet");
        Path log = LOGS.resolve("poort-bezet.log");

        int eindcode = KernpuntProces.eindcodeBijStart(JAR, Map.of("kernpunt.data-dir", data.toString(),
                "kernpunt.embedded-postgres.port", String.valueOf(postgres.getPort())), log);

        assertThat(eindcode).isEqualTo(1);
        assertThat(Files.readString(log)).contains("Kernpunt does not start: port " + postgres.getPort()
                + " for the embedded PostgreSQL is in use", "KERNPUNT_EMBEDDED_POSTGRES_PORT");
        assertThat(data.resolve("pgdata")).doesNotExist();
    }

    @Test
    void production_with_its_own_database_and_key_loads_no_demo_data_allows_no_browser_origin_and_is_ready()
            throws IOException {
        Map<String, String> instellingen = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres",
                "kernpunt.data-dir", Files.createTempDirectory(Files.createDirectories(LOGS), "productie").toString()));
        instellingen.putAll(TestTokens.vertrouw(Files.createTempDirectory(LOGS, "jwt")));
        Path log = LOGS.resolve("productie.log");

        try (KernpuntProces proces = KernpuntProces.start(JAR, instellingen, log)) {
            given().baseUri(proces.basis()).get("/api/v1/gemeenten").then().statusCode(200)
                    .body("resultaten", org.hamcrest.Matchers.empty());
            Response preflight = preflight(proces, "http://localhost:3000");
            assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
            given().baseUri(proces.basis()).get("/q/health/ready").then().statusCode(200).body("status",
                    org.hamcrest.Matchers.equalTo("UP"));
            given().baseUri(proces.basis()).get("/q/health/live").then().statusCode(200);
            assertThat(given().baseUri(proces.basis()).get("/q/metrics").asString())
                    .contains("agroal_active_count", "http_server_requests_seconds_count");
            given().baseUri(proces.basis()).get("/api/v1/ui/").then().statusCode(200);
        }
        assertThat(Files.readString(log)).contains("Production mode").doesNotContain("DEMO MODE", "Demogegevens");
    }

    @Test
    void demo_mode_says_so_loads_demo_data_allows_the_dev_servers_and_listens_on_localhost_only() throws IOException {
        Path data = Files.createTempDirectory(Files.createDirectories(LOGS), "demo");
        Path log = LOGS.resolve("demo.log");

        try (KernpuntProces proces = KernpuntProces.startZoalsIngesteld(JAR, Map.of("kernpunt.data-dir",
                data.toString(), "kernpunt.embedded-postgres.port", String.valueOf(vrijePoort())), log)) {
            given().baseUri(proces.basis()).get("/api/v1/gemeenten").then().statusCode(200)
                    .body("resultaten.code", org.hamcrest.Matchers.hasItem("0214"));
            assertThat(preflight(proces, "http://localhost:5173").header("Access-Control-Allow-Origin"))
                    .isEqualTo("http://localhost:5173");
            Optional<InetAddress> buiten = nietLoopbackAdres();
            if (buiten.isPresent()) {
                assertThat(bereikbaar(buiten.get(), proces.poort())).as("reachable on " + buiten.get()).isFalse();
            }
        }
        assertThat(Files.readString(log)).contains("DEMO MODE", "Listening on: http://localhost:");
    }

    private static Response preflight(KernpuntProces proces, String origin) {
        return given().baseUri(proces.basis()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/kernen");
    }

    private static Optional<InetAddress> nietLoopbackAdres() throws IOException {
        return NetworkInterface.networkInterfaces().filter(ModiProcessenIT::isActief)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(adres -> !adres.isLoopbackAddress() && !adres.isLinkLocalAddress())
                .findFirst();
    }

    private static boolean isActief(NetworkInterface netwerk) {
        try {
            return netwerk.isUp() && !netwerk.isLoopback();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean bereikbaar(InetAddress adres, int poort) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(adres, poort), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int vrijePoort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
