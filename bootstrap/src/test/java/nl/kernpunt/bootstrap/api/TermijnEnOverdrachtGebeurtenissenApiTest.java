package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import nl.kernpunt.application.gebeurtenis.port.in.MeldVerlopenTermijnenUseCase;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The last events of issue #15's catalogue end to end: a kern handed over, a question overdue and
 * meeting feedback overdue (noticed by the scheduled round, which the test runs itself), and a
 * retried subscription that stays one.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TermijnEnOverdrachtGebeurtenissenApiTest extends ApiTestBasis {

    private static final String KERNEN = "/api/v1/kernen";
    private static final String VRAGEN = "/api/v1/vragen";
    private static final String BIJEENKOMSTEN = "/api/v1/bijeenkomsten";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    MeldVerlopenTermijnenUseCase termijnen;

    @Test
    void a_handover_is_one_event_naming_the_function_and_the_kern_but_nobody() {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Ommeren");

        als(gemeente, "beheerder").header("If-Match", "\"0\"")
                .body(Map.of("opvolger", Map.of("naam", "Pieter de Wit", "email", "p.dewit@buren.nl"),
                        "notitie", "Lopend: herinrichting"))
                .put(KERNEN + "/" + kern + "/kernwethouder").then().statusCode(200);

        List<Map<String, Object>> feed = feed(gemeente, "nl.kernpunt.kern.functie-overgedragen");
        assertThat(feed).singleElement().satisfies(e -> {
            assertThat(e.get("subject")).isEqualTo(kern);
            assertThat((String) e.get("dataref")).endsWith("/api/v1/kernen/" + kern);
            assertThat(e.get("data")).isEqualTo(Map.of("functie", "kernwethouder"));
        });
        assertThat(feed.toString()).doesNotContain("Pieter", "dewit", "herinrichting");
    }

    @Test
    void overdue_questions_and_meeting_feedback_are_each_one_event_however_many_rounds_run_at_once()
            throws Exception {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Maurik");
        Instant langGeleden = Instant.now().minus(Duration.ofDays(60));
        String teLaat = vraag(gemeente, kern, langGeleden);
        String spam = vraag(gemeente, kern, langGeleden);
        als(gemeente, "kernambtenaar").put(VRAGEN + "/" + spam + "/spam").then().statusCode(200);
        vraag(gemeente, kern, null);
        String zonderTerugkoppeling = bijeenkomst(gemeente, kern, VANDAAG.minusDays(15));
        bijeenkomst(gemeente, kern, VANDAAG.minusDays(14));

        // two rounds at once, as two instances would run them, each until nothing is left
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> rondes = List.of(tot(start), tot(start));
        start.countDown();
        CompletableFuture.allOf(rondes.toArray(CompletableFuture[]::new)).join();
        assertThat(termijnen.meldVerlopen()).as("a later round").isZero();

        List<Map<String, Object>> vragen = feed(gemeente, "nl.kernpunt.vraag.termijn-verlopen");
        assertThat(vragen).singleElement().satisfies(e -> {
            assertThat(e.get("subject")).isEqualTo(teLaat);
            assertThat((String) e.get("dataref")).endsWith("/api/v1/vragen/" + teLaat);
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) e.get("data");
            assertThat(data).containsEntry("kern", kern).containsKey("termijn");
            assertThat(Instant.parse((String) data.get("termijn"))).isBefore(Instant.now());
        });
        List<Map<String, Object>> bijeenkomsten = feed(gemeente, "nl.kernpunt.bijeenkomst.terugkoppeling-verlopen");
        assertThat(bijeenkomsten).singleElement().satisfies(e -> {
            assertThat(e.get("subject")).isEqualTo(zonderTerugkoppeling);
            assertThat(e.get("data")).isEqualTo(Map.of("termijn", VANDAAG.minusDays(1).toString()));
        });
        als(gemeente, "medewerker").get(VRAGEN + "/" + teLaat + "/audit").then().statusCode(200)
                .body("resultaten.findAll { it.actie == 'termijn-verlopen' }.door", equalTo(List.of("kernpunt")));
    }

    @Test
    void a_retried_subscription_with_the_same_idempotency_key_is_one_subscription_with_one_secret() {
        String gemeente = nieuweGemeente();
        Map<String, Object> body = Map.of("url", "http://127.0.0.1:9/ontvanger");

        Response eerste = als(gemeente, "beheerder").header("Idempotency-Key", "abonnement-1").body(body)
                .post(GebeurtenissenApiTest.ABONNEMENTEN);
        Response herhaling = als(gemeente, "beheerder").header("Idempotency-Key", "abonnement-1").body(body)
                .post(GebeurtenissenApiTest.ABONNEMENTEN);

        eerste.then().statusCode(201);
        herhaling.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(eerste.header("Location")));
        assertThat(herhaling.jsonPath().getMap("$")).isEqualTo(eerste.jsonPath().getMap("$"));
        als(gemeente, "beheerder").get(GebeurtenissenApiTest.ABONNEMENTEN).then().statusCode(200)
                .body("resultaten", hasSize(1));
        als(gemeente, "beheerder").header("Idempotency-Key", "abonnement-1")
                .body(Map.of("url", "http://127.0.0.1:9/andere")).post(GebeurtenissenApiTest.ABONNEMENTEN)
                .then().statusCode(422);
    }

    private CompletableFuture<Integer> tot(CountDownLatch start) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            int totaal = 0;
            for (int gemeld = termijnen.meldVerlopen(); gemeld > 0; gemeld = termijnen.meldVerlopen()) {
                totaal += gemeld;
            }
            return totaal;
        });
    }

    private List<Map<String, Object>> feed(String gemeente, String type) {
        return als(gemeente, "medewerker").queryParam("type", type).queryParam("pageSize", 100)
                .get(GebeurtenissenApiTest.GEBEURTENISSEN).then().statusCode(200).extract().jsonPath()
                .getList("resultaten");
    }

    private String vraag(String gemeente, String kern, Instant ontvangenOp) {
        Map<String, Object> vraag = new HashMap<>(Map.of("kern", kern, "onderwerp", "Losliggende stoeptegels",
                "tekst", "Voor nummer 12 liggen de tegels los.", "vrager", Map.of("naam", "Mevrouw Van Rijn", "email", "vanrijn@example.nl")));
        if (ontvangenOp != null) {
            vraag.put("ontvangenOp", ontvangenOp.toString());
        }
        return als(gemeente, "medewerker").body(vraag).post(VRAGEN).then().statusCode(201).extract().path("id");
    }

    private String bijeenkomst(String gemeente, String kern, LocalDate datum) {
        return als(gemeente, "medewerker").body(Map.of("titel", "Bewonersavond", "soort", "bewonersavond",
                        "datum", datum.toString(), "kernen", List.of(kern)))
                .post(BIJEENKOMSTEN).then().statusCode(201).extract().path("id");
    }
}
