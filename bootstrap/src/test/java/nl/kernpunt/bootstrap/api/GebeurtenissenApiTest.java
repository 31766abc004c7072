package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import nl.kernpunt.application.gebeurtenis.Gebeurtenisinstellingen;
import nl.kernpunt.application.gebeurtenis.Webhookbeleid;
import nl.kernpunt.application.gebeurtenis.port.in.BezorgGebeurtenissenUseCase;
import nl.kernpunt.application.gebeurtenis.port.out.WebhookPort;
import nl.kernpunt.application.gebeurtenis.service.BezorgingService;
import nl.kernpunt.application.gebeurtenis.service.WebhookDispatcher;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The event feed and webhooks end to end: a scripted story through the REST API, the feed read back
 * page by page, and deliveries to a real HTTP server on this machine (loopback is allowed in tests).
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class GebeurtenissenApiTest extends ApiTestBasis {

    static final String GEBEURTENISSEN = "/api/v1/gebeurtenissen";
    static final String ABONNEMENTEN = "/api/v1/abonnementen";
    static final String GEPARKEERD = "/api/v1/geparkeerde-bezorgingen";
    private static final String VRAGEN = "/api/v1/vragen";
    private static final List<String> VERHAAL = List.of("nl.kernpunt.initiatief.geregistreerd",
            "nl.kernpunt.initiatief.status-gewijzigd", "nl.kernpunt.initiatief.rol-gewijzigd",
            "nl.kernpunt.vraag.ontvangen", "nl.kernpunt.vraag.status-gewijzigd", "nl.kernpunt.vraag.status-gewijzigd",
            "nl.kernpunt.vraag.beantwoord");

    @Inject
    BezorgGebeurtenissenUseCase dispatcher;
    @Inject
    BezorgingService bezorgingen;
    @Inject
    WebhookPort webhooks;
    @Inject
    Webhookbeleid beleid;
    @Inject
    Gebeurtenisinstellingen instellingen;
    @Inject
    Clock klok;
    @Inject
    DataSource database;

    @Test
    void the_feed_holds_every_event_of_a_story_exactly_once_and_in_order_without_personal_data() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Eck en Wiel");
        String[] ids = verhaal(gemeente, kern);
        // another gemeente's story is not in this feed
        String elders = nieuweGemeente();
        als(elders, "medewerker").body(InitiatievenApiTest.initiatiefNieuw(nieuweKern(elders, "Elders"), "Elders"))
                .post(InitiatievenApiTest.INITIATIEVEN).then().statusCode(201);

        List<Map<String, Object>> feed = new ArrayList<>();
        String cursor = null;
        for (int pagina = 0; pagina < 10; pagina++) {
            var verzoek = als(gemeente, "medewerker").queryParam("pageSize", 2);
            if (cursor != null) {
                verzoek.queryParam("cursor", cursor);
            }
            JsonPath json = verzoek.get(GEBEURTENISSEN).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> resultaten = json.getList("resultaten");
            cursor = json.getString("volgendeCursor");
            if (resultaten.isEmpty()) {
                break;
            }
            feed.addAll(resultaten);
        }
        assertThat(feed).extracting(e -> e.get("type")).containsExactlyElementsOf(VERHAAL);
        assertThat(feed).extracting(e -> e.get("sequence")).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(feed).extracting(e -> e.get("id")).doesNotHaveDuplicates();
        assertThat(feed).allSatisfy(e -> {
            assertThat(e.get("specversion")).isEqualTo("1.0");
            assertThat(e.get("source")).isEqualTo("urn:nld:gemeente-" + gemeente + ".kernpunt");
            assertThat(e.get("datacontenttype")).isEqualTo("application/json");
        });
        assertThat(feed.get(0).get("subject")).isEqualTo(ids[0]);
        assertThat((String) feed.get(0).get("dataref")).endsWith("/api/v1/initiatieven/" + ids[0]);
        assertThat(feed.get(1).get("data")).isEqualTo(Map.of("van", "ingediend", "naar", "in-behandeling"));
        assertThat(feed.get(3).get("subject")).isEqualTo(ids[1]);
        assertThat((String) feed.get(3).get("dataref")).endsWith("/api/v1/vragen/" + ids[1]);
        String tekst = feed.toString();
        assertThat(tekst).doesNotContain("Jan de Boer", "jan.deboer", "Van Rijn", "vanrijn", "Lotte", "Afval naast",
                "extra ophaalronde", "past bij de kernagenda");

        // caught up: the cursor of the last page gives nothing new until something happens
        als(gemeente, "medewerker").queryParam("cursor", cursor).get(GEBEURTENISSEN).then().statusCode(200)
                .body("resultaten", empty()).body("volgendeCursor", equalTo(cursor));
        als(gemeente, "kernambtenaar").queryParam("type", "nl.kernpunt.vraag.status-gewijzigd").get(GEBEURTENISSEN)
                .then().statusCode(200).body("resultaten.sequence", equalTo(List.of("5", "6")));
        ongeldig().header("Authorization", "Bearer " + nl.kernpunt.bootstrap.testsupport.TestTokens.voor(gemeente,
                        "medewerker")).queryParam("cursor", cursor.substring(0, cursor.length() - 2)).get(GEBEURTENISSEN)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("cursor"));
    }

    @Test
    void a_receiver_that_is_down_for_a_while_gets_everything_after_it_returns_signed_and_without_duplicate_ids()
            throws Exception {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Zoelen");
        String andereKern = nieuweKern(gemeente, "Avezaath");
        try (Webhookontvanger ontvanger = new Webhookontvanger()) {
            String geheim = abonneer(gemeente, Map.of("url", ontvanger.url("/alles")));
            abonneer(gemeente, Map.of("url", ontvanger.url("/antwoorden"), "typen", List.of("nl.kernpunt.vraag.beantwoord")));
            abonneer(gemeente, Map.of("url", ontvanger.url("/andere-kern"), "kern", andereKern));
            ontvanger.antwoord.set(503);
            verhaal(gemeente, kern);
            long tot = System.nanoTime() + Duration.ofMillis(1500).toNanos();
            while (System.nanoTime() < tot) {
                dispatcher.verwerkAlles();
                Thread.sleep(50);
            }
            assertThat(ontvanger.alles()).as("pogingen terwijl de ontvanger plat ligt").isNotEmpty();
            assertThat(ontvanger.aanvaard("/alles")).isEmpty();

            ontvanger.antwoord.set(204);
            wachtTot(() -> {
                dispatcher.verwerkAlles();
                return ontvanger.aanvaard("/alles").size() >= VERHAAL.size()
                        && ontvanger.aanvaard("/antwoorden").size() >= 1;
            });
            dispatcher.verwerkAlles();

            List<Webhookontvanger.Ontvangst> alles = ontvanger.aanvaard("/alles");
            List<Map<String, Object>> feed = als(gemeente, "medewerker").get(GEBEURTENISSEN).then().statusCode(200)
                    .extract().jsonPath().getList("resultaten");
            assertThat(alles).extracting(Webhookontvanger.Ontvangst::id)
                    .containsExactlyElementsOf(feed.stream().map(e -> (String) e.get("id")).toList());
            assertThat(alles).extracting(o -> JsonPath.from(o.body()).getString("type")).containsExactlyElementsOf(VERHAAL);
            // numbered after the writes' commits (V31), yet every delivery carries its event's feed number
            assertThat(alles).extracting(o -> JsonPath.from(o.body()).getString("sequence"))
                    .containsExactlyElementsOf(feed.stream().map(e -> (String) e.get("sequence")).toList());
            // the ids tried while it was down are the ids it got afterwards: stable across attempts
            Set<String> geprobeerd = new HashSet<>();
            ontvanger.alles().stream().filter(o -> o.pad().equals("/alles")).forEach(o -> geprobeerd.add(o.id()));
            assertThat(geprobeerd).containsExactlyInAnyOrderElementsOf(alles.stream().map(Webhookontvanger.Ontvangst::id).toList());
            assertThat(alles).allSatisfy(o -> {
                assertThat(o.mediatype()).isEqualTo("application/cloudevents+json");
                assertThat(o.handtekening()).isEqualTo(verwachteHandtekening(geheim, o.id(), o.tijdstempel(), o.body()));
                assertThat(JsonPath.from(o.body()).getString("id")).isEqualTo(o.id());
            });
            assertThat(ontvanger.aanvaard("/antwoorden")).extracting(o -> JsonPath.from(o.body()).getString("type"))
                    .containsExactly("nl.kernpunt.vraag.beantwoord");
            assertThat(ontvanger.alles()).noneMatch(o -> o.pad().equals("/andere-kern"));
        }
    }

    /**
     * The feed number is given after the writes' commits by the numbering step (V31, docs/adr/0020 and
     * 0036): while eight writers raise events at once, every read of the feed is 1..n without a gap, so a
     * reader that keeps its cursor can never pass by an event that gets an earlier number later; at the
     * end every event has exactly one number.
     */
    @Test
    void concurrent_writers_get_gap_free_numbers_and_no_reader_ever_sees_a_gap() throws Exception {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Zoelmond");
        int schrijvers = 8;
        int perSchrijver = 6;
        var klaar = new java.util.concurrent.atomic.AtomicBoolean();
        var lezer = CompletableFuture.supplyAsync(() -> {
            int lezingen = 0;
            while (!klaar.get()) {
                List<String> nummers = als(gemeente, "medewerker").queryParam("pageSize", 100).get(GEBEURTENISSEN)
                        .then().statusCode(200).extract().jsonPath().getList("resultaten.sequence");
                assertThat(nummers).as("read %d", lezingen).containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, nummers.size()).mapToObj(Integer::toString).toList());
                lezingen++;
            }
            return lezingen;
        });
        List<CompletableFuture<Void>> schrijf = java.util.stream.IntStream.range(0, schrijvers)
                .mapToObj(s -> CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < perSchrijver; i++) {
                        als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Vraag " + s + "-" + i,
                                        "tekst", "Wanneer wordt het pad gemaaid?", "vrager", Map.of("naam", "Proefinwoner")))
                                .post("/api/v1/vragen").then().statusCode(201);
                    }
                }, java.util.concurrent.Executors.newSingleThreadExecutor()))
                .toList();
        CompletableFuture.allOf(schrijf.toArray(CompletableFuture[]::new)).get();
        klaar.set(true);
        System.out.printf("Nummering: %d lezingen tijdens het schrijven%n", lezer.get());

        JsonPath feed = als(gemeente, "medewerker").queryParam("pageSize", 100).get(GEBEURTENISSEN)
                .then().statusCode(200).extract().jsonPath();
        assertThat(feed.getList("resultaten.sequence", String.class)).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, schrijvers * perSchrijver).mapToObj(Integer::toString).toList());
        assertThat(feed.getList("resultaten.subject")).doesNotHaveDuplicates();
    }

    /** The feed read numbers what is committed without a number before it reads: a writer reads its own write. */
    @Test
    void a_write_is_in_the_feed_read_right_after_it() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Heesselt");
        JsonPath begin = als(gemeente, "medewerker").queryParam("pageSize", 100).get(GEBEURTENISSEN)
                .then().statusCode(200).extract().jsonPath();
        String cursor = begin.getString("volgendeCursor");
        long laatste = begin.getList("resultaten.sequence", String.class).stream().mapToLong(Long::parseLong).max()
                .orElse(0);
        for (int i = 1; i <= 20; i++) {
            String vraag = als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Vraag " + i,
                            "tekst", "Wanneer komt de veegwagen?", "vrager", Map.of("naam", "Proefinwoner")))
                    .post(VRAGEN).then().statusCode(201).extract().path("id");
            JsonPath pagina = als(gemeente, "medewerker").queryParam("cursor", cursor).get(GEBEURTENISSEN)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(pagina.getList("resultaten.subject", String.class)).as("write %d", i).containsExactly(vraag);
            assertThat(pagina.getString("resultaten[0].sequence")).isEqualTo(Long.toString(laatste + i));
            cursor = pagina.getString("volgendeCursor");
        }
    }

    /**
     * Two instances' numbering steps at once, each on its own connection, while a third commits events
     * without a number in batches: no number is given twice (the unique key would fail the step), none is
     * skipped, and every event ends with exactly one.
     */
    @Test
    void two_numbering_steps_at_once_never_give_a_number_twice() throws Exception {
        String gemeente = nieuweGemeente();
        int batches = 60;
        int perBatch = 5;
        AtomicBoolean klaar = new AtomicBoolean();
        List<CompletableFuture<Integer>> stappen = java.util.stream.IntStream.range(0, 2)
                .mapToObj(n -> CompletableFuture.supplyAsync(() -> nummerTot(gemeente, klaar),
                        java.util.concurrent.Executors.newSingleThreadExecutor()))
                .toList();
        try (Connection schrijver = database.getConnection();
             PreparedStatement plaats = schrijver.prepareStatement("""
                     insert into gebeurtenis (id, gemeente, type, bron, subject, dataref, tijd)
                     select gen_random_uuid(), ?, 'nl.kernpunt.vraag.ontvangen', 'vraag', s, '/vragen/' || s, now()
                     from (select gen_random_uuid() s from generate_series(1, ?)) v""")) {
            schrijver.setAutoCommit(true);
            for (int i = 0; i < batches; i++) {
                plaats.setString(1, gemeente);
                plaats.setInt(2, perBatch);
                plaats.executeUpdate();
            }
        }
        klaar.set(true);
        int een = stappen.get(0).get();
        int twee = stappen.get(1).get();
        System.out.printf("Twee nummeringen: %d en %d gebeurtenissen genummerd%n", een, twee);
        try (Connection verbinding = database.getConnection();
             PreparedStatement nummers = verbinding.prepareStatement(
                     "select volgnummer from gebeurtenis where gemeente = ? order by volgnummer nulls last")) {
            nummers.setString(1, gemeente);
            List<Long> gegeven = new ArrayList<>();
            try (ResultSet rijen = nummers.executeQuery()) {
                while (rijen.next()) {
                    gegeven.add(rijen.getObject(1, Long.class));
                }
            }
            assertThat(gegeven).containsExactlyElementsOf(
                    java.util.stream.LongStream.rangeClosed(1, batches * perBatch).boxed().toList());
        }
        // the schedule may have numbered some as a third step; none was numbered twice
        assertThat(een + twee).isLessThanOrEqualTo(batches * perBatch);
    }

    /** Numbering steps on one connection until told to stop, then one last; answers how many it numbered. */
    private int nummerTot(String gemeente, AtomicBoolean klaar) {
        int genummerd = 0;
        try (Connection verbinding = database.getConnection();
             PreparedStatement stap = verbinding.prepareStatement("select gebeurtenissen_nummeren(?)")) {
            verbinding.setAutoCommit(true);
            stap.setString(1, gemeente);
            boolean laatste = false;
            while (!laatste) {
                laatste = klaar.get();
                try (ResultSet rij = stap.executeQuery()) {
                    rij.next();
                    genummerd += rij.getInt(1);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return genummerd;
    }

    @Test
    void two_dispatchers_on_one_database_deliver_everything_once() throws Exception {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Ommeren");
        try (Webhookontvanger ontvanger = new Webhookontvanger()) {
            List<String> paden = List.of("/a", "/b", "/c", "/d");
            for (String pad : paden) {
                abonneer(gemeente, Map.of("url", ontvanger.url(pad)));
            }
            int initiatieven = 10;
            for (int i = 0; i < initiatieven; i++) {
                als(gemeente, "medewerker").body(InitiatievenApiTest.initiatiefNieuw(kern, "Initiatief " + i))
                        .post(InitiatievenApiTest.INITIATIEVEN).then().statusCode(201);
            }
            WebhookDispatcher tweede = new WebhookDispatcher(bezorgingen, webhooks, beleid, instellingen, klok);
            var een = CompletableFuture.supplyAsync(() -> rondes(dispatcher));
            var twee = CompletableFuture.supplyAsync(() -> rondes(tweede));
            int gelukt = een.get().gelukt() + twee.get().gelukt();
            wachtTot(() -> paden.stream().allMatch(p -> ontvanger.aanvaard(p).size() >= initiatieven));
            for (String pad : paden) {
                List<String> ids = ontvanger.aanvaard(pad).stream().map(Webhookontvanger.Ontvangst::id).toList();
                assertThat(ids).as(pad).hasSize(initiatieven).doesNotHaveDuplicates();
            }
            assertThat(ontvanger.alles()).hasSize(paden.size() * initiatieven);
            assertThat(gelukt).isEqualTo(paden.size() * initiatieven);
            System.out.printf("Twee dispatchers: %d en %d bezorgingen%n", een.get().gelukt(), twee.get().gelukt());
        }
    }

    @Test
    void a_delivery_that_keeps_failing_is_parked_and_goes_again_when_the_beheerder_says_so() throws Exception {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Erichem");
        try (Webhookontvanger ontvanger = new Webhookontvanger()) {
            abonneer(gemeente, Map.of("url", ontvanger.url("/kapot")));
            ontvanger.antwoord.set(500);
            als(gemeente, "medewerker").body(InitiatievenApiTest.initiatiefNieuw(kern, "Kapot"))
                    .post(InitiatievenApiTest.INITIATIEVEN).then().statusCode(201);
            wachtTot(() -> {
                dispatcher.verwerkAlles();
                return !als(gemeente, "beheerder").get(GEPARKEERD).then().statusCode(200).extract().jsonPath()
                        .getList("resultaten").isEmpty();
            });
            Response geparkeerd = als(gemeente, "beheerder").get(GEPARKEERD);
            geparkeerd.then().body("resultaten[0].fout", equalTo("antwoord 500"))
                    .body("resultaten[0].pogingen", equalTo(beleid.herhaling().maxPogingen()))
                    .body("resultaten[0].type", equalTo("nl.kernpunt.initiatief.geregistreerd"));
            int pogingen = ontvanger.alles().size();
            dispatcher.verwerkAlles();
            assertThat(ontvanger.alles()).as("geparkeerd: geen pogingen meer").hasSize(pogingen);

            ontvanger.antwoord.set(204);
            als(gemeente, "kernambtenaar").post(GEPARKEERD + "/" + geparkeerd.path("resultaten[0].id") + "/opnieuw-bezorgen")
                    .then().statusCode(403);
            als(gemeente, "beheerder").post(GEPARKEERD + "/" + geparkeerd.path("resultaten[0].id") + "/opnieuw-bezorgen")
                    .then().statusCode(204);
            dispatcher.verwerkAlles();
            assertThat(ontvanger.aanvaard("/kapot")).hasSize(1);
            als(gemeente, "beheerder").get(GEPARKEERD).then().body("resultaten", empty());
        }
    }

    @Test
    void a_subscription_is_the_beheerders_its_secret_shown_once_and_a_bad_url_is_refused() {
        String gemeente = nieuweGemeente();
        Response aangemaakt = als(gemeente, "beheerder")
                .body(Map.of("url", "http://127.0.0.1:9/hook", "typen", List.of("nl.kernpunt.initiatief.geregistreerd")))
                .post(ABONNEMENTEN);
        aangemaakt.then().statusCode(201).body("geheim", startsWith("whsec_"));
        String id = aangemaakt.path("id");
        assertThat(aangemaakt.header("Location")).isEqualTo(ABONNEMENTEN + "/" + id);
        String gelezen = als(gemeente, "beheerder").get(ABONNEMENTEN + "/" + id).then().statusCode(200)
                .body("typen", equalTo(List.of("nl.kernpunt.initiatief.geregistreerd"))).extract().asString();
        assertThat(gelezen).doesNotContain("whsec_");
        als(gemeente, "medewerker").get(ABONNEMENTEN).then().statusCode(403).body("code", equalTo("rol-ontbreekt"));
        als(nieuweGemeente(), "beheerder").get(ABONNEMENTEN + "/" + id).then().statusCode(404);

        for (String url : List.of("ftp://example.nl/hook", "geen url", "/relatief", "http://10.1.2.3/hook",
                "http://169.254.169.254/latest/meta-data", "http://[fd00::1]/hook", "http://user:pw@127.0.0.1/hook",
                "http://0.0.0.0/hook")) {
            als(gemeente, "beheerder").body(Map.of("url", url)).post(ABONNEMENTEN)
                    .then().statusCode(400).body("invalidParams[0].name", equalTo("url"));
        }
        ongeldig().header("Authorization", "Bearer " + nl.kernpunt.bootstrap.testsupport.TestTokens.voor(gemeente,
                        "beheerder")).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/hook", "typen", List.of("nl.kernpunt.bestaat.niet")))
                .post(ABONNEMENTEN).then().statusCode(400);

        als(gemeente, "beheerder").post(ABONNEMENTEN + "/" + id + "/opzegging").then().statusCode(204);
        als(gemeente, "beheerder").get(ABONNEMENTEN).then().statusCode(200).body("resultaten", empty());
    }

    /** Initiative registered, in behandeling, rol; question received, paused, resumed, answered. */
    private String[] verhaal(String gemeente, String kern) {
        String initiatief = als(gemeente, "medewerker").body(InitiatievenApiTest.initiatiefNieuw(kern, "Speeltuin"))
                .post(InitiatievenApiTest.INITIATIEVEN).then().statusCode(201).extract().path("id");
        String pad = InitiatievenApiTest.INITIATIEVEN + "/" + initiatief;
        als(gemeente, "kernambtenaar").header("If-Match", etag(gemeente, pad)).body(Map.of("naar", "in-behandeling"))
                .post(pad + "/statusovergangen").then().statusCode(200);
        als(gemeente, "kernambtenaar").header("If-Match", etag(gemeente, pad))
                .body(Map.of("rol", "stimuleren", "reden", "past bij de kernagenda")).put(pad + "/rol")
                .then().statusCode(200);
        String vraag = als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Afval naast de containers",
                        "tekst", "Elke week afval.", "vrager", Map.of("naam", "Mevrouw Van Rijn", "email", "vanrijn@example.nl")))
                .post(VRAGEN).then().statusCode(201).extract().path("id");
        String vpad = VRAGEN + "/" + vraag;
        for (Map<String, Object> actie : List.<Map<String, Object>>of(
                Map.of("actie", "wacht-op-inwoner", "toelichting", "welke container?"), Map.of("actie", "hervatten"),
                Map.of("actie", "beantwoorden", "toelichting", "extra ophaalronde"))) {
            als(gemeente, "medewerker").header("If-Match", etag(gemeente, vpad)).body(actie)
                    .post(vpad + "/statusovergangen").then().statusCode(200);
        }
        return new String[] {initiatief, vraag};
    }

    private String etag(String gemeente, String pad) {
        return als(gemeente, "medewerker").get(pad).then().statusCode(200).extract().header("ETag");
    }

    private String abonneer(String gemeente, Map<String, Object> body) {
        return als(gemeente, "beheerder").body(body).post(ABONNEMENTEN).then().statusCode(201).extract().path("geheim");
    }

    private static BezorgGebeurtenissenUseCase.Ronde rondes(BezorgGebeurtenissenUseCase dispatcher) {
        int geclaimd = 0;
        int gelukt = 0;
        long tot = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int leeg = 0;
        // a few empty rounds in a row: the other dispatcher may hold the rest
        while (leeg < 5 && System.nanoTime() < tot) {
            BezorgGebeurtenissenUseCase.Ronde ronde = dispatcher.verwerk();
            geclaimd += ronde.geclaimd();
            gelukt += ronde.gelukt();
            leeg = ronde.geclaimd() == 0 ? leeg + 1 : 0;
            if (ronde.geclaimd() == 0) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return new BezorgGebeurtenissenUseCase.Ronde(geclaimd, gelukt);
    }

    private static void wachtTot(BooleanSupplier voorwaarde) throws InterruptedException {
        long tot = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!voorwaarde.getAsBoolean()) {
            assertThat(System.nanoTime()).as("op tijd").isLessThan(tot);
            Thread.sleep(50);
        }
    }

    /** What a receiver computes, written here independently of the production code (Standard Webhooks). */
    static String verwachteHandtekening(String geheim, String id, String tijdstempel, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(geheim.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + tijdstempel + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
