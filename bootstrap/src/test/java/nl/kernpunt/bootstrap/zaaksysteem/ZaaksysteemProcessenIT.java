package nl.kernpunt.bootstrap.zaaksysteem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * processes dispatch from one database at once; (c) Join is down for half an hour and for four hours
 * (scaled), with a restart halfway and a second gemeente whose Join stays up (issue 17). Every time
 * every zaak, status, rol and resultaat must arrive exactly once and in order. The figures are printed for the record (docs/adr/0012);
 * the services' logs are in {@code target/zaaksysteem-processen/}.
 */
class ZaaksysteemProcessenIT {

    private static final Path JAR = Path.of(System.getProperty("kernpunt.it.jar",
            "target/quarkus-app/quarkus-run.jar"));
    private static final Path LOGS = Path.of("target", "zaaksysteem-processen");
    private static final String GEMEENTE = NepJoinResource.GEMEENTE;
    private static final String CLIENT_ID = "kernpunt.zaaksysteem.gemeenten.\"" + GEMEENTE + "\".zaken.client-id";
    private static final Duration BEZORGD_BINNEN = Duration.ofSeconds(90);
    /** Outages and backoff are divided by this, so four hours take 48 seconds. */
    private static final int SCHAAL = 300;
    private static final String ANDERE = "0998";

    private static EmbeddedPostgres postgres;
    private static NepJoinResource joinResource;
    private static final Map<String, String> INSTELLINGEN = new HashMap<>();
    private static final Map<String, String> KERNEN = new HashMap<>();
    /** Join of a second gemeente, up all the time, for the outage tests. */
    private static NepJoin andereJoin;

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
        // every instance dispatches from its start, as the scenario needs, not after production's pause (ADR 25)
        INSTELLINGEN.put("kernpunt.schema.eerste-ronde-na", "0s");
        // a lease far longer than a round of 5 rows against a local fake, so a live instance never loses
        // its rows to another; a killed one's rows are taken over after it (docs/adr/0012)
        INSTELLINGEN.put("kernpunt.zaaksysteem.herhaling.claimduur", "PT10S");
        INSTELLINGEN.put("kernpunt.zaaksysteem.herhaling.batch", "5");
        // production's backoff divided by SCHAAL (2 s to 10 min becomes 6 ms to 2 s), so outages of hours
        // take seconds; under the old rule a row would have parked after about 3 s of them
        INSTELLINGEN.put("kernpunt.zaaksysteem.herhaling.basis", Duration.ofSeconds(2).dividedBy(SCHAAL).toString());
        INSTELLINGEN.put("kernpunt.zaaksysteem.herhaling.maximum", Duration.ofMinutes(10).dividedBy(SCHAAL).toString());
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
        if (andereJoin != null) {
            andereJoin.sluit();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private NepJoin join() {
        return NepJoinResource.join;
    }

    private KernpuntProces start(String naam, String clientId) {
        return start(naam, clientId, Map.of());
    }

    private KernpuntProces start(String naam, String clientId, Map<String, String> extra) {
        Map<String, String> instellingen = new HashMap<>(INSTELLINGEN);
        instellingen.put(CLIENT_ID, clientId);
        instellingen.putAll(extra);
        Path log = LOGS.resolve(naam + ".log");
        try {
            // each name is one process of one run: a log left by an earlier run would be read as this one's
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KernpuntProces proces = KernpuntProces.start(JAR, instellingen, log);
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
        // with the circuit open, each probe meets one of these
        join().storing(5);

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

    /**
     * Inbound (issue 17, item 6): while our database refuses connections, a notification from Join is
     * answered with an error, so Join's notification service sends it again; once the database is back
     * the resent one is stored and applied, once.
     */
    @Test
    void a_notification_arriving_while_our_database_is_unavailable_is_refused_and_applied_once_when_sent_again()
            throws SQLException {
        KernpuntProces proces = start("database-weg", "kernpunt-notificaties");
        String id = dienIn(proces, GEMEENTE, "Bankje bij de kerk").path("id");
        String identificatie = "KP-I-" + id.replace("-", "");
        wachtTot(() -> join().zaak(identificatie) != null, Duration.ofSeconds(30), () -> "never registered in Join");
        String zaakUrl = join().zaak(identificatie).path("url").asText();
        String statusUrl = join().zetStatusInJoin(identificatie, NepJoinResource.ST + "in-behandeling", "Opgepakt");
        Map<String, Object> notificatie = Map.of("kanaal", "zaken", "hoofdObject", zaakUrl, "resource", "status",
                "resourceUrl", statusUrl, "actie", "create", "aanmaakdatum", java.time.Instant.now().toString(),
                "kenmerken", Map.of("bronorganisatie", NepJoinResource.RSIN));

        int antwoordZonderDatabase;
        // from another database: PostgreSQL refuses to close the one it is connected to
        try (Connection beheer = postgres.getDatabase("postgres", "template1").getConnection();
             Statement sql = beheer.createStatement()) {
            sql.execute("alter database postgres allow_connections false");
            sql.execute("select pg_terminate_backend(pid) from pg_stat_activity "
                    + "where datname = 'postgres' and pid <> pg_backend_pid()");
            try {
                antwoordZonderDatabase = webhook(proces, notificatie).statusCode();
            } finally {
                sql.execute("alter database postgres allow_connections true");
            }
        }
        assertThat(antwoordZonderDatabase / 100).as("not accepted, so Join sends it again").isNotEqualTo(2);

        // Join's notification service retries until it is accepted
        int[] pogingen = {0};
        wachtTot(() -> {
            pogingen[0]++;
            return webhook(proces, notificatie).statusCode() == 204;
        }, Duration.ofSeconds(30), () -> "the resent notification was never accepted");
        wachtTot(() -> "in-behandeling".equals(als(proces, "medewerker").get("/api/v1/initiatieven/" + id)
                .then().statusCode(200).extract().path("status")), Duration.ofSeconds(30),
                () -> "the notification was never applied");
        assertThat(als(proces, "medewerker").get("/api/v1/initiatieven/" + id + "/audit").then().statusCode(200)
                .extract().jsonPath().getList("resultaten.findAll { it.actie == 'status-gewijzigd' }"))
                .as("applied once").hasSize(1);
        System.out.printf("DATABASE WEG: notificatie beantwoord met %d; opnieuw gestuurd aanvaard bij poging %d, "
                + "daarna eenmaal toegepast%n", antwoordZonderDatabase, pogingen[0]);
    }

    private static Response webhook(KernpuntProces proces, Map<String, Object> notificatie) {
        return given().baseUri(proces.basis()).contentType(ContentType.JSON)
                .header("Authorization", NepJoinResource.NOTIFICATIE_TOKEN).body(notificatie)
                .post("/api/v1/zaaksysteem/notificaties/" + GEMEENTE);
    }

    @Test
    void join_down_for_half_an_hour_scaled_with_a_restart_in_the_middle_parks_nothing_and_delivers_everything_once()
            throws IOException {
        joinPlat(Duration.ofMinutes(30), "storing-30m");
    }

    @Test
    void join_down_for_four_hours_scaled_with_a_restart_in_the_middle_parks_nothing_and_delivers_everything_once()
            throws IOException {
        joinPlat(Duration.ofHours(4), "storing-4u");
    }

    /**
     * Join of gemeente {@value NepJoinResource#GEMEENTE} refuses connections for {@code storing} divided by
     * {@value #SCHAAL}, as the backoff is. Initiatives are made before and during
     * it, the service is killed and started again halfway, and the second gemeente, whose Join stays up,
     * must get each of its initiatives delivered while it lasts.
     */
    private void joinPlat(Duration storing, String naam) throws IOException {
        long geschaaldNs = storing.toNanos() / SCHAAL;
        NepJoin andere = andereJoin();
        Map<String, Integer> voor = join().alleSchrijfacties();
        Map<String, Integer> andereVoor = andere.alleSchrijfacties();
        KernpuntProces proces = startMetAndereGemeente(naam + "-1");
        List<String> identificaties = initiatievenDoorDeLevensloop(proces, 3, naam + " voor");

        join().plat();
        long plat = System.nanoTime();
        List<String> andereIdentificaties = new ArrayList<>();
        long traagsteAndereMs = 0;
        JsonPath tijdens = null;
        while (System.nanoTime() - plat < geschaaldNs || tijdens == null) {
            identificaties.addAll(initiatievenDoorDeLevensloop(proces, 1, naam + " tijdens"));
            long gemaakt = System.nanoTime();
            andereIdentificaties.addAll(initiatievenDoorDeLevensloop(proces, ANDERE, 1, naam + " elders"));
            int andereVerwacht = andereIdentificaties.size() * Levensloop.SCHRIJFACTIES_PER_INITIATIEF;
            wachtTot(() -> Levensloop.verschil(andereVoor, andere.alleSchrijfacties()) >= andereVerwacht,
                    Duration.ofSeconds(30), () -> "the other gemeente's Join stopped receiving");
            traagsteAndereMs = Math.max(traagsteAndereMs, (System.nanoTime() - gemaakt) / 1_000_000);
            if (tijdens == null && System.nanoTime() - plat >= geschaaldNs / 2) {
                tijdens = standWanneerOnbereikbaar(proces);
                proces.doodHard();
                proces = startMetAndereGemeente(naam + "-2");
            }
        }
        long platMs = (System.nanoTime() - plat) / 1_000_000;
        assertThat(tijdens.getInt("geparkeerd")).isZero();
        assertThat(tijdens.getLong("wachtend") + tijdens.getLong("opnieuw")).isPositive();
        assertThat(tijdens.getLong("oudsteWachtendSeconden")).isNotNegative();
        JsonPath voorHerstel = stand(proces);
        assertThat(voorHerstel.getInt("geparkeerd")).as("nothing parked during the outage").isZero();

        join().zetAan();
        long terug = System.nanoTime();
        int verwacht = identificaties.size() * Levensloop.SCHRIJFACTIES_PER_INITIATIEF;
        wachtTotAllesBezorgd(proces, voor, verwacht);
        long leegMs = (System.nanoTime() - terug) / 1_000_000;

        Levensloop.allesPreciesEenmaal(join(), identificaties);
        assertThat(Levensloop.verschil(voor, join().alleSchrijfacties())).isEqualTo(verwacht);
        Levensloop.allesPreciesEenmaal(andere, andereIdentificaties);
        assertThat(Levensloop.verschil(andereVoor, andere.alleSchrijfacties()))
                .isEqualTo(andereIdentificaties.size() * Levensloop.SCHRIJFACTIES_PER_INITIATIEF);
        assertThat(stand(proces).getString("onbereikbaarSinds")).isNull();
        String logs = Files.readString(LOGS.resolve(naam + "-1.log")) + Files.readString(LOGS.resolve(naam + "-2.log"));
        assertThat(logs.lines().filter(r -> r.contains("Zaaksysteem van gemeente " + GEMEENTE))).as("one line each")
                .satisfiesExactlyInAnyOrder(r -> assertThat(r).contains("onbereikbaar sinds"),
                        r -> assertThat(r).contains("weer bereikbaar"));
        System.out.printf("JOIN PLAT %s (geschaald 1:%d): %d ms plat met herstart halverwege; %d initiatieven "
                        + "(%d voor, %d tijdens), %d schrijfacties verwacht en aangekomen, 0 geparkeerd, 0 dubbel; "
                        + "tijdens: %d wachtend, %d opnieuw, oudste %d s; achterstand bezorgd %d ms nadat Join "
                        + "terugkwam; andere gemeente: %d initiatieven bezorgd tijdens de storing, traagste %d ms%n",
                storing, SCHAAL, platMs, identificaties.size(), 3, identificaties.size() - 3, verwacht,
                tijdens.getLong("wachtend"), tijdens.getLong("opnieuw"), tijdens.getLong("oudsteWachtendSeconden"),
                leegMs, andereIdentificaties.size(), traagsteAndereMs);
    }

    /** The stand once it says Join is unreachable (after {@code drempel} failures in a row). */
    private JsonPath standWanneerOnbereikbaar(KernpuntProces proces) {
        wachtTot(() -> stand(proces).getString("onbereikbaarSinds") != null, Duration.ofSeconds(30),
                () -> "never shown as unreachable");
        return stand(proces);
    }

    private JsonPath stand(KernpuntProces proces) {
        return als(proces, "beheerder").get("/api/v1/zaaksysteem/synchronisatie")
                .then().statusCode(200).extract().jsonPath();
    }

    /** With a second gemeente, whose Join is {@link #andereJoin}. */
    private KernpuntProces startMetAndereGemeente(String naam) {
        return start(naam, "kernpunt-storing", NepJoinResource.koppeling(ANDERE, andereJoin(), "kernpunt-storing"));
    }

    private static NepJoin andereJoin() {
        if (andereJoin == null) {
            andereJoin = new NepJoin(0, Set.of(NepJoinResource.EIND));
            andereJoin.zetAan();
        }
        return andereJoin;
    }

    private List<String> initiatievenDoorDeLevensloop(KernpuntProces proces, int aantal, String titel) {
        return initiatievenDoorDeLevensloop(proces, GEMEENTE, aantal, titel);
    }

    /** Through the service's HTTP API: registered, in behandeling, Rol decided, in uitvoering, afgerond. */
    private List<String> initiatievenDoorDeLevensloop(KernpuntProces proces, String gemeente, int aantal, String titel) {
        List<String> identificaties = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            Response aangemaakt = dienIn(proces, gemeente, titel + " " + i);
            String id = aangemaakt.path("id");
            String pad = "/api/v1/initiatieven/" + id;
            String etag = aangemaakt.header("ETag");
            etag = stap(als(proces, gemeente, "kernambtenaar").header("If-Match", etag)
                    .body(Map.of("naar", "in-behandeling")).post(pad + "/statusovergangen"));
            etag = stap(als(proces, gemeente, "kernambtenaar").header("If-Match", etag)
                    .body(Map.of("rol", "faciliteren", "reden", "past bij de kernagenda")).put(pad + "/rol"));
            etag = stap(als(proces, gemeente, "kernambtenaar")
                    .body(Map.of("op", Instant.now().toString(), "kanaal", "telefoon", "samenvatting", "rol toegelicht"))
                    .post(pad + "/contactmomenten"));
            for (String status : List.of("rol-bepaald", "in-uitvoering", "afgerond")) {
                etag = stap(als(proces, gemeente, "kernambtenaar").header("If-Match", etag)
                        .body(Map.of("naar", status)).post(pad + "/statusovergangen"));
            }
            identificaties.add("KP-I-" + id.replace("-", ""));
        }
        return identificaties;
    }

    /** A new initiative in the gemeente's kern, registered through the service's HTTP API. */
    private Response dienIn(KernpuntProces proces, String gemeente, String titel) {
        Response aangemaakt = als(proces, gemeente, "medewerker")
                .body(Map.of("kern", kern(proces, gemeente), "titel", titel,
                        "omschrijving", "Bewoners willen samen de speeltuin opknappen.",
                        "vorm", Map.of("georganiseerd", false, "structureel", false, "rightToChallenge", false),
                        "betrokkenen", List.of(Map.of("naam", "Jan de Boer"))))
                .post("/api/v1/initiatieven");
        aangemaakt.then().statusCode(201);
        return aangemaakt;
    }

    private static String stap(Response antwoord) {
        antwoord.then().statusCode(200);
        return antwoord.header("ETag");
    }

    /** The gemeente (with Join configured) and one kern in it, made once per gemeente. */
    private String kern(KernpuntProces proces, String gemeente) {
        return KERNEN.computeIfAbsent(gemeente, code -> {
            als(proces, code, "beheerder").body(Map.of("code", code, "naam", "Joingemeente " + code,
                    "rsin", NepJoinResource.RSIN)).post("/api/v1/gemeenten").then().statusCode(201);
            return als(proces, code, "beheerder").body(Map.of("naam", "Zoelen")).post("/api/v1/kernen")
                    .then().statusCode(201).extract().path("id");
        });
    }

    private static RequestSpecification als(KernpuntProces proces, String rol) {
        return als(proces, GEMEENTE, rol);
    }

    private static RequestSpecification als(KernpuntProces proces, String gemeente, String rol) {
        return given().baseUri(proces.basis()).contentType(ContentType.JSON)
                .header("Authorization", "Bearer " + TestTokens.voor(gemeente, rol));
    }

    /** Until Join has every expected write and the outbox, as the service reports it, has nothing left. */
    private void wachtTotAllesBezorgd(KernpuntProces proces, Map<String, Integer> voor, int verwacht) {
        wachtTot(() -> {
            if (Levensloop.verschil(voor, join().alleSchrijfacties()) < verwacht) {
                return false;
            }
            JsonPath stand = stand(proces);
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
