package nl.kernpunt.bootstrap.schaal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.kernpunt.bootstrap.start.IngebouwdeDatabase;
import nl.kernpunt.bootstrap.testsupport.KernpuntProces;
import nl.kernpunt.bootstrap.zaaksysteem.SynchronisatieTestBasis;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import nl.kernpunt.bootstrap.zaaksysteem.NepJoin;
import nl.kernpunt.bootstrap.zaaksysteem.NepJoinResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 7: three instances of the packaged service in production mode on one PostgreSQL behind
 * HAProxy (round robin, health check on {@code /q/health/ready}), one of them killed with SIGKILL under a
 * mixed load whose clients retry with the same {@code Idempotency-Key}. Nothing acknowledged may be lost
 * or stored twice, and every outbox row must reach the fake Join exactly once. The same load against one
 * instance directly gives the throughput to compare with. Not part of {@code ./mvnw verify}: it needs
 * HAProxy, which {@code .ci/schaal} installs and then runs this class alone (docs/adr/0015).
 */
class SchaalIT {

    private static final Path JAR = Path.of(System.getProperty("kernpunt.it.jar",
            "target/quarkus-app/quarkus-run.jar"));
    private static final Path LOGS = Path.of("target", "schaal");
    private static final String GEMEENTE = NepJoinResource.GEMEENTE;
    private static final Duration LAST = Duration.ofSeconds(Long.getLong("kernpunt.schaal.seconden", 20));
    private static final int CLIENTS = Integer.getInteger("kernpunt.schaal.clients", 8);
    private static final Duration BEZORGD_BINNEN = Duration.ofSeconds(120);

    private static EmbeddedPostgres postgres;
    private static NepJoin join;
    private static final List<KernpuntProces> INSTANTIES = new ArrayList<>();
    private static Haproxy haproxy;

    @BeforeAll
    static void databaseJoinInstantiesEnBalancer() throws IOException {
        assertThat(JAR).as("the packaged service (quarkus:build runs before failsafe)").isRegularFile();
        Files.createDirectories(LOGS);
        postgres = IngebouwdeDatabase.zonderPersoonsgegevensInLog(EmbeddedPostgres.builder())
                .setCleanDataDirectory(true).start();
        join = new NepJoin(0, java.util.Set.of(NepJoinResource.EIND));
        join.zetAan();
        Map<String, String> instellingen = new HashMap<>(IngebouwdeDatabase.verbindingsinstellingen(postgres));
        instellingen.putAll(TestTokens.vertrouw(Files.createTempDirectory(LOGS, "jwt")));
        instellingen.put("kernpunt.data-dir", LOGS.resolve("data").toAbsolutePath().toString());
        instellingen.put("kernpunt.zaaksysteem.dispatch-interval", "1s");
        // every instance dispatches from its start, as the scenario needs, not after production's pause (ADR 25)
        instellingen.put("kernpunt.schema.eerste-ronde-na", "0s");
        // the killed instance's claimed rows go to the survivors after this lease, not production's 2 minutes
        instellingen.put("kernpunt.zaaksysteem.herhaling.claimduur", "PT10S");
        // with it a round of 5 rows, as ZaaksysteemProcessenIT: a live instance's round stays well inside
        // its lease on a loaded machine, so only the killed one's rows change hands
        instellingen.put("kernpunt.zaaksysteem.herhaling.batch", "5");
        // the JSON log option, so the same run shows every line it writes is one JSON object
        instellingen.put("quarkus.log.console.json.enabled", "true");
        instellingen.put("quarkus.log.console.json.exception-output-type", "formatted");
        // the first instance migrates the empty database alone; the others then start side by side
        INSTANTIES.add(start(1, instellingen));
        List<CompletableFuture<KernpuntProces>> overige = List.of(
                CompletableFuture.supplyAsync(() -> start(2, instellingen)),
                CompletableFuture.supplyAsync(() -> start(3, instellingen)));
        overige.forEach(f -> INSTANTIES.add(f.join()));
        haproxy = Haproxy.start(LOGS, INSTANTIES.stream().map(KernpuntProces::poort).toList());
    }

    private static KernpuntProces start(int nummer, Map<String, String> gedeeld) {
        Map<String, String> instellingen = new HashMap<>(gedeeld);
        instellingen.putAll(NepJoinResource.koppeling(GEMEENTE, join, "kernpunt-" + nummer));
        Path log = LOGS.resolve("instantie-" + nummer + ".log");
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return KernpuntProces.start(JAR, instellingen, log);
    }

    @AfterAll
    static void ruimOp() {
        if (haproxy != null) {
            haproxy.close();
        }
        INSTANTIES.forEach(KernpuntProces::close);
        TestTokens.vergeet();
        if (join != null) {
            join.sluit();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                // the run's verdict stands; a data directory left in target/ is harmless
            }
        }
    }

    @Test
    void three_instances_behind_haproxy_lose_and_double_nothing_when_one_is_killed_under_load()
            throws SQLException, IOException {
        String kern = Belasting.gemeenteMetKern(INSTANTIES.get(0).basis(), GEMEENTE);

        Belasting.Uitslag een = new Belasting(INSTANTIES.get(0).basis(), GEMEENTE, kern, "een").draai(CLIENTS, LAST, null);
        KernpuntProces slachtoffer = INSTANTIES.get(1);
        Belasting.Uitslag drie = new Belasting(haproxy.basis(), GEMEENTE, kern, "drie").draai(CLIENTS, LAST,
                slachtoffer::doodHard);
        assertThat(slachtoffer.leeft()).as("instance 2 was killed").isFalse();

        Files.writeString(LOGS.resolve("uitslag.txt"), "een=" + een + System.lineSeparator() + "drie=" + drie
                + System.lineSeparator() + String.format("verhouding=%.2f%n",
                drie.verzoekenPerSeconde() / een.verzoekenPerSeconde()));
        assertThat(een.fouten()).as("one instance: requests that never succeeded").isEmpty();
        assertThat(drie.fouten()).as("three instances: requests that never succeeded").isEmpty();
        Map<String, String> bevestigd = new HashMap<>(een.bevestigd());
        bevestigd.putAll(drie.bevestigd());
        long bezorgdNa = wachtTotOutboxLeeg();

        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            Map<String, List<String>> opgeslagen = new HashMap<>();
            try (ResultSet rij = sql.executeQuery("select titel, id::text from initiatief where titel like 'Schaal %'")) {
                while (rij.next()) {
                    opgeslagen.computeIfAbsent(rij.getString(1).substring("Schaal ".length()), k -> new ArrayList<>())
                            .add(rij.getString(2));
                }
            }
            assertThat(opgeslagen.entrySet()).as("duplicates: one key stored more than once")
                    .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).hasSize(1));
            assertThat(opgeslagen.keySet()).as("stored exactly the acknowledged writes")
                    .containsExactlyInAnyOrderElementsOf(bevestigd.keySet());
            bevestigd.forEach((sleutel, id) -> assertThat(opgeslagen.get(sleutel)).as(sleutel).containsExactly(id));
            try (ResultSet rij = sql.executeQuery("select count(*), count(distinct bron_id), "
                    + "count(*) filter (where toestand = 'afgehandeld') from zaak_outbox o "
                    + "join initiatief i on i.id = o.bron_id where i.titel like 'Schaal %'")) {
                rij.next();
                assertThat(rij.getInt(1)).as("one outbox row per initiative").isEqualTo(bevestigd.size());
                assertThat(rij.getInt(2)).isEqualTo(bevestigd.size());
                assertThat(rij.getInt(3)).as("all delivered").isEqualTo(bevestigd.size());
            }
        }
        for (String id : bevestigd.values()) {
            String identificatie = "KP-I-" + id.replace("-", "");
            assertThat(join.zaak(identificatie)).as("in Join: " + identificatie).isNotNull();
            assertThat(join.statustypen(identificatie)).as(identificatie)
                    .containsExactly(NepJoinResource.ST + "ingediend");
        }
        assertThat(join.alleSchrijfacties()).as("Join stored each zaak and status once")
                .containsEntry("zaken", bevestigd.size()).containsEntry("statussen", bevestigd.size());
        // a create Join refuses as not unique is the dispatcher's designed fallback when an attempt it
        // could not see the end of did arrive (docs/adr/0012): it then looks the zaak up; anything else fails
        List<String> geweigerd = join.weigeringen();
        assertThat(geweigerd).as("Join refused nothing but a repeated create").allSatisfy(w ->
                assertThat(w).isEqualTo("zaken: identificatie-niet-uniek"));
        JsonRegels.controleer(LOGS, INSTANTIES.size());

        String uitslag = String.format("SCHAAL: %d clients, %d s per run. Een instantie direct: %s. Drie achter "
                        + "HAProxy, instantie 2 met SIGKILL na %d s: %s. Verhouding %.2f. 0 verloren, 0 dubbel; %d "
                        + "outboxrijen, elk eenmaal bij Join (%d zaken, %d statussen; %d herhaalde aanmaak geweigerd "
                        + "als niet uniek), %d ms na de laatste schrijfactie bezorgd; elke logregel JSON%n",
                CLIENTS, LAST.toSeconds(), een, LAST.toSeconds() / 2, drie,
                drie.verzoekenPerSeconde() / een.verzoekenPerSeconde(), bevestigd.size(),
                join.alleSchrijfacties().get("zaken"), join.alleSchrijfacties().get("statussen"), geweigerd.size(),
                bezorgdNa);
        System.out.print(uitslag);
        Files.writeString(LOGS.resolve("uitslag.txt"), uitslag, java.nio.file.StandardOpenOption.APPEND);
    }

    /** Milliseconds until no outbox row is waiting any more (the dispatchers of the two survivors). */
    private static long wachtTotOutboxLeeg() throws SQLException {
        long start = System.nanoTime();
        long tot = start + BEZORGD_BINNEN.toNanos();
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            while (true) {
                try (ResultSet rij = sql.executeQuery("select count(*) from zaak_outbox where toestand <> 'afgehandeld'")) {
                    rij.next();
                    if (rij.getInt(1) == 0) {
                        return (System.nanoTime() - start) / 1_000_000;
                    }
                    assertThat(System.nanoTime()).as(rij.getInt(1) + " outbox rows still not delivered").isLessThan(tot);
                }
                SynchronisatieTestBasis.slaap(200);
            }
        }
    }
}
