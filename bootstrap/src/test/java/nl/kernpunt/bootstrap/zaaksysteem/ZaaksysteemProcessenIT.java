package nl.kernpunt.bootstrap.zaaksysteem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import nl.kernpunt.bootstrap.start.IngebouwdeDatabase;
import nl.kernpunt.bootstrap.testsupport.KernpuntProces;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The faults of issue 6 with the packaged service in real OS processes (run by failsafe after
 * {@code quarkus:build}): one embedded PostgreSQL and the fake Join in this JVM, the service as
 * {@code java -jar quarkus-run.jar} with its dispatcher on a 1-second schedule. (a) The process is
 * killed with SIGKILL while it is delivering and started again on the same database; (b) two
 * processes dispatch from one database at once. Both times every zaak, status, rol and resultaat
 * must arrive exactly once and in order. The figures are printed for the record (docs/adr/0012);
 * the services' logs are in {@code target/zaaksysteem-processen/}.
 */
class ZaaksysteemProcessenIT {

    private static final Path JAR = Path.of(System.getProperty("kernpunt.it.jar",
            "target/quarkus-app/quarkus-run.jar"));
    private static final Path LOGS = Path.of("target", "zaaksysteem-processen");
    private static final String GEMEENTE = NepJoinResource.GEMEENTE;
    private static final String CLIENT_ID = "kernpunt.zaaksysteem.gemeenten.\"" + GEMEENTE + "\".zaken.client-id";
    private static final Duration BEZORGD_BINNEN = Duration.ofSeconds(90);

    private static EmbeddedPostgres postgres;
    private static NepJoinResource joinResource;
    private static final Map<String, String> INSTELLINGEN = new HashMap<>();
    private static String kern;

    private final List<KernpuntProces> processen = new ArrayList<>();

    @BeforeAll
    static void databaseJoinEnSleutel() throws IOException {
        assertThat(JAR).as("the packaged service (quarkus:build runs before failsafe)").isRegularFile();
        postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true).start();
        joinResource = new NepJoinResource();
        INSTELLINGEN.putAll(joinResource.start());
        INSTELLINGEN.putAll(IngebouwdeDatabase.verbindingsinstellingen(postgres));
        INSTELLINGEN.putAll(TestTokens.vertrouw(Files.createTempDirectory(Files.createDirectories(LOGS), "jwt")));
        INSTELLINGEN.put("kernpunt.demo-data.enabled", "false");
        INSTELLINGEN.put("kernpunt.data-dir", LOGS.resolve("data").toAbsolutePath().toString());
        INSTELLINGEN.put("kernpunt.zaaksysteem.dispatch-interval", "1s");
        // a lease far longer than a round of 5 rows against a local fake, so a live instance never loses
        // its rows to another; a killed one's rows are taken over after it (docs/adr/0012)
        INSTELLINGEN.put("kernpunt.zaaksysteem.herhaling.claimduur", "PT10S");
        INSTELLINGEN.put("kernpunt.zaaksysteem.herhaling.batch", "5");
    }

    @AfterEach
    void stopProcessen() {
        // also after a failed assertion: no service outlives its test
        processen.forEach(KernpuntProces::close);
        processen.clear();
    }

    @AfterAll
    static void ruimOp() throws IOException {
        TestTokens.vergeet();
        if (joinResource != null) {
            joinResource.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private NepJoin join() {
        return NepJoinResource.join;
    }

    private KernpuntProces start(String naam, String clientId) {
        Map<String, String> instellingen = new HashMap<>(INSTELLINGEN);
        instellingen.put(CLIENT_ID, clientId);
        KernpuntProces proces = KernpuntProces.start(JAR, instellingen, LOGS.resolve(naam + ".log"));
        processen.add(proces);
        return proces;
    }

    @Test
    void killed_with_sigkill_mid_dispatch_and_restarted_on_the_same_database_it_delivers_everything_exactly_once() {
        int aantal = 20;
        int verwacht = aantal * Levensloop.SCHRIJFACTIES_PER_INITIATIEF;
        Map<String, Integer> voor = join().alleSchrijfacties();
        int verzoekenVoor = join().ontvangenVerzoeken();
        // Join refuses connections while the initiatives are made, then answers 503 for a while
        join().plat();
        KernpuntProces eerste = start("herstart-1", "kernpunt-herstart");
        List<String> identificaties = initiatievenDoorDeLevensloop(eerste, aantal, "Herstart");
        join().zetAan();
        join().storing(20);

        int grens = verwacht / 4;
        wachtTot(() -> Levensloop.verschil(voor, join().alleSchrijfacties()) >= grens, Duration.ofSeconds(60),
                () -> "Join never received " + grens + " writes");
        eerste.doodHard();
        int bijKill = Levensloop.verschil(voor, join().alleSchrijfacties());
        assertThat(bijKill).as("killed mid-way").isLessThan(verwacht);

        long start = System.nanoTime();
        KernpuntProces tweede = start("herstart-2", "kernpunt-herstart");
        long opgestartMs = (System.nanoTime() - start) / 1_000_000;
        wachtTotAllesBezorgd(tweede, voor, verwacht);
        long herstelMs = (System.nanoTime() - start) / 1_000_000;

        Levensloop.allesPreciesEenmaal(join(), identificaties);
        int aangekomen = Levensloop.verschil(voor, join().alleSchrijfacties());
        assertThat(aangekomen).isEqualTo(verwacht);
        System.out.printf("PROCES HERSTART: %d initiatieven, %d schrijfacties verwacht; SIGKILL na %d aangekomen, "
                        + "daarna %d aangekomen, dubbel: %d (%d verzoeken bij Join, lezen en 503 meegeteld); tweede "
                        + "proces op na %d ms, alles bezorgd %d ms na de herstart (claimduur 10 s)%n",
                aantal, verwacht, bijKill, aangekomen, aangekomen - verwacht,
                join().ontvangenVerzoeken() - verzoekenVoor, opgestartMs, herstelMs);
    }

    @Test
    void two_processes_dispatching_from_one_database_at_once_send_nothing_twice() {
        int aantal = 30;
        int verwacht = aantal * Levensloop.SCHRIJFACTIES_PER_INITIATIEF;
        Map<String, Integer> voor = join().alleSchrijfacties();
        Map<String, Integer> perClientVoor = join().schrijfactiesPerClient();
        // Join is down while the initiatives are made, so both find the whole backlog when it returns
        join().plat();
        KernpuntProces een = start("twee-1", "kernpunt-instantie-1");
        KernpuntProces twee = start("twee-2", "kernpunt-instantie-2");
        List<String> identificaties = initiatievenDoorDeLevensloop(een, aantal / 2, "Instantie een");
        identificaties.addAll(initiatievenDoorDeLevensloop(twee, aantal - aantal / 2, "Instantie twee"));

        long start = System.nanoTime();
        join().zetAan();
        wachtTotAllesBezorgd(een, voor, verwacht);
        long ms = (System.nanoTime() - start) / 1_000_000;

        Levensloop.allesPreciesEenmaal(join(), identificaties);
        int aangekomen = Levensloop.verschil(voor, join().alleSchrijfacties());
        assertThat(aangekomen).isEqualTo(verwacht);
        Map<String, Integer> perClient = join().schrijfactiesPerClient();
        int doorEen = perClient.getOrDefault("kernpunt-instantie-1", 0)
                - perClientVoor.getOrDefault("kernpunt-instantie-1", 0);
        int doorTwee = perClient.getOrDefault("kernpunt-instantie-2", 0)
                - perClientVoor.getOrDefault("kernpunt-instantie-2", 0);
        assertThat(doorEen).as("instance 1 delivered").isPositive();
        assertThat(doorTwee).as("instance 2 delivered").isPositive();
        assertThat(een.leeft() && twee.leeft()).isTrue();
        System.out.printf("TWEE PROCESSEN: %d initiatieven (%d outboxrijen), %d schrijfacties verwacht, %d aangekomen "
                        + "(proces 1: %d, proces 2: %d), dubbel: %d; alles bezorgd %d ms nadat Join terugkwam = "
                        + "%.1f schrijfacties/s%n",
                aantal, aantal * Levensloop.OUTBOXRIJEN_PER_INITIATIEF, verwacht, aangekomen, doorEen, doorTwee,
                aangekomen - verwacht, ms, aangekomen * 1000.0 / ms);
    }

    /** Through the service's HTTP API: registered, in behandeling, Rol decided, in uitvoering, afgerond. */
    private List<String> initiatievenDoorDeLevensloop(KernpuntProces proces, int aantal, String titel) {
        String kernId = kern(proces);
        List<String> identificaties = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            Response aangemaakt = als(proces, "medewerker")
                    .body(Map.of("kern", kernId, "titel", titel + " " + i,
                            "omschrijving", "Bewoners willen samen de speeltuin opknappen.",
                            "vorm", Map.of("georganiseerd", false, "structureel", false, "rightToChallenge", false),
                            "betrokkenen", List.of(Map.of("naam", "Jan de Boer"))))
                    .post("/api/v1/initiatieven");
            aangemaakt.then().statusCode(201);
            String id = aangemaakt.path("id");
            String pad = "/api/v1/initiatieven/" + id;
            String etag = aangemaakt.header("ETag");
            etag = stap(als(proces, "kernambtenaar").header("If-Match", etag)
                    .body(Map.of("naar", "in-behandeling")).post(pad + "/statusovergangen"));
            etag = stap(als(proces, "kernambtenaar").header("If-Match", etag)
                    .body(Map.of("rol", "faciliteren", "reden", "past bij de kernagenda")).put(pad + "/rol"));
            etag = stap(als(proces, "kernambtenaar")
                    .body(Map.of("op", Instant.now().toString(), "kanaal", "telefoon", "samenvatting", "rol toegelicht"))
                    .post(pad + "/contactmomenten"));
            for (String status : List.of("rol-bepaald", "in-uitvoering", "afgerond")) {
                etag = stap(als(proces, "kernambtenaar").header("If-Match", etag)
                        .body(Map.of("naar", status)).post(pad + "/statusovergangen"));
            }
            identificaties.add("KP-I-" + id.replace("-", ""));
        }
        return identificaties;
    }

    private static String stap(Response antwoord) {
        antwoord.then().statusCode(200);
        return antwoord.header("ETag");
    }

    /** Gemeente {@value NepJoinResource#GEMEENTE} (with Join configured) and one kern, made once. */
    private String kern(KernpuntProces proces) {
        if (kern == null) {
            als(proces, "beheerder").body(Map.of("code", GEMEENTE, "naam", "Joingemeente", "rsin", NepJoinResource.RSIN))
                    .post("/api/v1/gemeenten").then().statusCode(201);
            kern = als(proces, "beheerder").body(Map.of("naam", "Zoelen")).post("/api/v1/kernen")
                    .then().statusCode(201).extract().path("id");
        }
        return kern;
    }

    private static RequestSpecification als(KernpuntProces proces, String rol) {
        return given().baseUri(proces.basis()).contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.voor(GEMEENTE, rol));
    }

    /** Until Join has every expected write and the outbox, as the service reports it, has nothing left. */
    private void wachtTotAllesBezorgd(KernpuntProces proces, Map<String, Integer> voor, int verwacht) {
        wachtTot(() -> {
            if (Levensloop.verschil(voor, join().alleSchrijfacties()) < verwacht) {
                return false;
            }
            JsonPath stand = als(proces, "beheerder").get("/api/v1/zaaksysteem/synchronisatie")
                    .then().statusCode(200).extract().jsonPath();
            return stand.getInt("wachtend") + stand.getInt("opnieuw") + stand.getInt("geparkeerd") == 0;
        }, BEZORGD_BINNEN, () -> "not everything delivered: " + join().alleSchrijfacties());
    }

    private static void wachtTot(BooleanSupplier voorwaarde, Duration max, Supplier<String> anders) {
        long tot = System.nanoTime() + max.toNanos();
        while (!voorwaarde.getAsBoolean()) {
            assertThat(System.nanoTime()).as(anders).isLessThan(tot);
            SynchronisatieTestBasis.slaap(20);
        }
    }
}
