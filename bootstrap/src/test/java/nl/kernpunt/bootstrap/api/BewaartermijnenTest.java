package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import nl.kernpunt.application.persoonsgegevens.port.in.AnonimiseerVerlopenUseCase;
import nl.kernpunt.application.persoonsgegevens.port.out.VerlopenBewaring;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import nl.kernpunt.domain.vraag.VraagId;
import org.junit.jupiter.api.Test;

/** Issue #14 item 2: records whose retention term ran out lose their residents, once, and keep the rest. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BewaartermijnenTest extends ApiTestBasis {

    private static final Map<String, Object> INWONER = Map.of("naam", "Berta Bewaard", "email", "berta@example.nl",
            "telefoon", "06 7777 8888");

    // the closure the claim worked out per row before V28 stored it (docs/adr/0033)
    private static final String INITIATIEF_AFGELEID = """
            select case when i.status in ('AFGEROND', 'AFGEWEZEN', 'INGETROKKEN') then
                (select max(s.op) from initiatief_statusovergang s where s.initiatief_id = i.id) end
            from initiatief i where i.id = ?::uuid""";
    private static final String VRAAG_AFGELEID = """
            select case when v.status in ('BEANTWOORD', 'GESLOTEN') then
                (select max(case jsonb_typeof(o->'op') when 'number' then to_timestamp((o->>'op')::numeric)
                            else (o->>'op')::timestamptz end)
                 from jsonb_array_elements(v.statushistorie) o where o->>'naar' in ('BEANTWOORD', 'GESLOTEN')) end
            from vraag v where v.id = ?::uuid""";

    @Inject
    DataSource database;

    @Inject
    AnonimiseerVerlopenUseCase bewaartermijnen;

    @Inject
    VerlopenBewaring bewaring;

    @Test
    void an_expired_closed_record_is_anonymised_and_a_recent_one_kept() throws SQLException {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Bewaardorp");
        als(gemeente, "medewerker").get("/api/v1/gemeenten/" + gemeente).then().statusCode(200)
                .body("instellingen.bewaartermijnen.initiatiefMaanden", equalTo(24))
                .body("instellingen.bewaartermijnen.vraagMaanden", equalTo(12));
        Response oud = ingetrokkenInitiatief(gemeente, kern);
        Response recent = ingetrokkenInitiatief(gemeente, kern);
        String vraag = geslotenVraag(gemeente, kern);
        sql("update initiatief_statusovergang set op = op - interval '25 months' where initiatief_id = ?::uuid",
                oud.path("id"));
        sql("""
                update vraag set statushistorie = (select jsonb_agg(jsonb_set(o, '{op}',
                    to_jsonb((o->>'op')::numeric - 400 * 86400))) from jsonb_array_elements(statushistorie) o)
                where id = ?::uuid""", vraag);
        String monitoring = als(gemeente, "medewerker").get("/api/v1/monitoring").then().statusCode(200)
                .extract().asString();

        draaiJob();

        als(gemeente, "medewerker").get("/api/v1/initiatieven/" + oud.path("id")).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("ingetrokken"))
                .body("betrokkenen.naam", equalTo(List.of("[verwijderd]")))
                .body("betrokkenen[0].email", org.hamcrest.Matchers.nullValue());
        als(gemeente, "medewerker").get("/api/v1/initiatieven/" + recent.path("id")).then().statusCode(200)
                .body("betrokkenen.naam", equalTo(List.of("Berta Bewaard")));
        als(gemeente, "medewerker").get("/api/v1/vragen/" + vraag).then().statusCode(200)
                .body("vrager.naam", equalTo("[verwijderd]"));
        anoniem().get("/api/v1/openbaar/initiatieven/" + oud.path("referentie")).then().statusCode(200)
                .body("status", equalTo("ingetrokken"));
        assertThat(als(gemeente, "medewerker").get("/api/v1/monitoring").then().statusCode(200).extract().asString())
                .isEqualTo(monitoring);
        als(gemeente, "medewerker").get("/api/v1/initiatieven/" + oud.path("id") + "/audit").then().statusCode(200)
                .body("resultaten.findAll { it.actie == 'bewaartermijn-verstreken' }", hasSize(1));
        assertThat(verwerkingen(gemeente)).containsExactlyInAnyOrder(
                "verwijderen initiatief systeem (bewaartermijnen) " + oud.path("id"),
                "verwijderen vraag systeem (bewaartermijnen) " + vraag);

        draaiJob();
        assertThat(verwerkingen(gemeente)).hasSize(2);
    }

    @Test
    void the_beheerder_changes_the_terms_and_a_term_out_of_range_names_its_field() throws SQLException {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Kortdorp");
        Map<String, Object> wijziging = Map.of("naam", "Kortdorp", "rsin", "002220647", "instellingen",
                Map.of("antwoordtermijnDagen", 7, "terugkoppeltermijnDagen", 14, "stilteDrempelDagen", 28,
                        "bewaartermijnen", Map.of("initiatiefMaanden", 2)));
        als(gemeente, "beheerder").header("If-Match", "\"0\"").body(wijziging).put("/api/v1/gemeenten/" + gemeente)
                .then().statusCode(200)
                .body("instellingen.bewaartermijnen.initiatiefMaanden", equalTo(2))
                .body("instellingen.bewaartermijnen.vraagMaanden", equalTo(12));
        // past the client's contract check, to see the service's own answer
        ongeldig().contentType("application/json").header("If-Match", "\"1\"")
                .header("Authorization", "Bearer " + TestTokens.voor(gemeente, "beheerder"))
                .body(Map.of("naam", "Kortdorp", "rsin", "002220647", "instellingen",
                        Map.of("antwoordtermijnDagen", 7, "terugkoppeltermijnDagen", 14, "stilteDrempelDagen", 28,
                                "bewaartermijnen", Map.of("vraagMaanden", 0))))
                .put("/api/v1/gemeenten/" + gemeente).then().statusCode(400)
                .body("invalidParams[0].name", org.hamcrest.Matchers.containsString("vraagMaanden"));
        // three months old: past this gemeente's two, within the default's 24
        String id = ingetrokkenInitiatief(gemeente, kern).path("id");
        sql("update initiatief_statusovergang set op = op - interval '3 months' where initiatief_id = ?::uuid", id);

        draaiJob();

        als(gemeente, "medewerker").get("/api/v1/initiatieven/" + id).then().statusCode(200)
                .body("betrokkenen.naam", equalTo(List.of("[verwijderd]")));
    }

    @Test
    void two_jobs_at_once_handle_each_expired_record_once() throws Exception {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Tweedorp");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = ingetrokkenInitiatief(gemeente, kern).path("id");
            sql("update initiatief_statusovergang set op = op - interval '3 years' where initiatief_id = ?::uuid", id);
            ids.add(id);
        }
        CountDownLatch start = new CountDownLatch(1);
        Runnable job = () -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            while (bewaartermijnen.anonimiseerVerlopen(2) > 0) {
                // until nothing is left to claim
            }
        };
        var eerste = CompletableFuture.runAsync(job);
        var tweede = CompletableFuture.runAsync(job);
        start.countDown();
        CompletableFuture.allOf(eerste, tweede).get();

        assertThat(verwerkingen(gemeente)).hasSize(6).allSatisfy(regel -> assertThat(ids).anySatisfy(regel::endsWith));
        for (String id : ids) {
            als(gemeente, "medewerker").get("/api/v1/initiatieven/" + id + "/audit").then().statusCode(200)
                    .body("resultaten.findAll { it.actie == 'bewaartermijn-verstreken' }", hasSize(1));
        }
    }

    @Test
    void the_stored_closure_follows_the_use_cases_the_backdating_and_a_bulk_load() throws SQLException {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Sluitdorp");
        String initiatief = ingetrokkenInitiatief(gemeente, kern).path("id");
        String vraag = geslotenVraag(gemeente, kern);
        assertThat(moment("initiatief", initiatief)).isNotNull().isEqualTo(waarde(INITIATIEF_AFGELEID, initiatief));
        assertThat(moment("vraag", vraag)).isNotNull().isEqualTo(waarde(VRAAG_AFGELEID, vraag));

        sql("update initiatief_statusovergang set op = op - interval '25 months' where initiatief_id = ?::uuid",
                initiatief);
        sql("""
                update vraag set statushistorie = (select jsonb_agg(jsonb_set(o, '{op}',
                    to_jsonb((o->>'op')::numeric - 400 * 86400))) from jsonb_array_elements(statushistorie) o)
                where id = ?::uuid""", vraag);
        assertThat(moment("initiatief", initiatief)).isEqualTo(waarde(INITIATIEF_AFGELEID, initiatief));
        assertThat(moment("vraag", vraag)).isEqualTo(waarde(VRAAG_AFGELEID, vraag));

        String open = als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Bank",
                        "tekst", "De bank is stuk.", "vrager", INWONER))
                .post("/api/v1/vragen").then().statusCode(201).extract().path("id");
        assertThat(moment("vraag", open)).isNull();

        // as Proefgegevens loads: the closed initiative and its initiator first, its history in a statement
        // of its own (a valid initiative: the retention job of the other tests will handle it)
        String geladen = UUID.randomUUID().toString();
        sql("""
                insert into initiatief (id, gemeente, kern_id, referentie, titel, omschrijving, georganiseerd,
                                        structureel, right_to_challenge, status, laatste_contact_op, aangemaakt_op,
                                        gewijzigd_op, versie)
                select ?::uuid, gemeente, id, substr(replace(gen_random_uuid()::text, '-', ''), 1, 22), 'Geladen',
                       'Uit een bulklading', false, false, false, 'AFGEROND', now(), now(), now(), 0
                from kern where id = '%s'""".formatted(kern), geladen);
        sql("""
                insert into initiatief_betrokkene (initiatief_id, volgorde, naam, email, telefoon)
                values (?::uuid, 0, 'Initiatiefnemer', null, null)""", geladen);
        assertThat(moment("initiatief", geladen)).isNull();
        sql("""
                insert into initiatief_statusovergang (initiatief_id, volgorde, van, naar, op, door)
                values (?::uuid, 0, null, 'INGEDIEND', timestamptz '2024-03-01 12:00:00+00', 'Lader')""", geladen);
        assertThat(moment("initiatief", geladen)).isEqualTo(Instant.parse("2024-03-01T12:00:00Z"))
                .isEqualTo(waarde(INITIATIEF_AFGELEID, geladen));
    }

    @Test
    void a_term_that_ends_in_a_shorter_month_is_due_on_its_last_day() throws SQLException {
        String gemeente = nieuweGemeente();
        VraagId vraag = new VraagId(UUID.fromString(geslotenVraag(gemeente, nieuweKern(gemeente, "Maandeinde"))));
        // closed on 31 January 2026 10:00 UTC and kept one month: 31 January + 1 month is 28 February
        sql("""
                update vraag set statushistorie = (select jsonb_agg(jsonb_set(o, '{op}', to_jsonb(1769853600)))
                    from jsonb_array_elements(statushistorie) o)
                where id = ?::uuid""", vraag.waarde().toString());
        sql("update gemeente set bewaartermijn_vraag_maanden = 1 where code = ?", gemeente);

        assertThat(geclaimd(Instant.parse("2026-02-28T09:59:59Z"))).doesNotContain(vraag);
        assertThat(geclaimd(Instant.parse("2026-02-28T10:00:00Z"))).contains(vraag);
    }

    /** A claim that marks nothing: its locks end with its transaction. */
    private List<VraagId> geclaimd(Instant nu) {
        return QuarkusTransaction.requiringNew().call(() -> bewaring.claimVragen(nu, 100_000));
    }

    private Instant moment(String tabel, String id) throws SQLException {
        return waarde("select bewaring_vanaf from " + tabel + " where id = ?::uuid", id);
    }

    private Instant waarde(String vraag, String id) throws SQLException {
        try (var verbinding = database.getConnection(); var stap = verbinding.prepareStatement(vraag)) {
            stap.setString(1, id);
            try (var rijen = stap.executeQuery()) {
                assertThat(rijen.next()).isTrue();
                var tijd = rijen.getTimestamp(1);
                return tijd == null ? null : tijd.toInstant();
            }
        }
    }

    /** As the schedule does: batch after batch, so expired rows of other tests cannot crowd ours out. */
    private void draaiJob() {
        while (bewaartermijnen.anonimiseerVerlopen(50) == 50) {
            // a full batch: there may be more
        }
    }

    private Response ingetrokkenInitiatief(String gemeente, String kern) {
        Response aangemaakt = als(gemeente, "medewerker").body(Map.of("kern", kern, "titel", "Bankje",
                        "omschrijving", "Een bankje bij de kerk.",
                        "vorm", Map.of("georganiseerd", false, "structureel", false, "rightToChallenge", false),
                        "ondersteuning", List.of("kennis"), "betrokkenen", List.of(INWONER)))
                .post("/api/v1/initiatieven");
        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"").body(Map.of("naar", "ingetrokken"))
                .post("/api/v1/initiatieven/" + aangemaakt.path("id") + "/statusovergangen").then().statusCode(200);
        return aangemaakt;
    }

    private String geslotenVraag(String gemeente, String kern) {
        String id = als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Lamp",
                        "tekst", "De lantaarn is stuk.", "vrager", INWONER))
                .post("/api/v1/vragen").then().statusCode(201).extract().path("id");
        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"")
                .body(Map.of("actie", "sluiten", "toelichting", "afgehandeld"))
                .post("/api/v1/vragen/" + id + "/statusovergangen").then().statusCode(200);
        return id;
    }

    private void sql(String opdracht, String id) throws SQLException {
        try (var verbinding = database.getConnection(); var stap = verbinding.prepareStatement(opdracht)) {
            stap.setString(1, id);
            assertThat(stap.executeUpdate()).isPositive();
        }
    }

    /** The processing log's entries of the retention job: action, kind, actor and record, no more. */
    private List<String> verwerkingen(String gemeente) throws SQLException {
        List<String> regels = new ArrayList<>();
        try (var verbinding = database.getConnection(); var opdracht = verbinding.prepareStatement("""
                select handeling, objectsoort, gebruiker, array_to_string(objecten, ','), v::text from verwerking v
                where gemeente = ? and activiteit = 'bewaartermijnen'""")) {
            opdracht.setString(1, gemeente);
            try (var rijen = opdracht.executeQuery()) {
                while (rijen.next()) {
                    assertThat(rijen.getString(5)).doesNotContain("Berta", "example.nl", "7777");
                    regels.add(rijen.getString(1) + " " + rijen.getString(2) + " " + rijen.getString(3) + " "
                            + rijen.getString(4));
                }
            }
        }
        return regels;
    }
}
