package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import nl.kernpunt.application.persoonsgegevens.port.out.VerlopenBewaring;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.domain.vraag.VraagId;
import org.junit.jupiter.api.Test;

/**
 * The retention claim reads a stored closure moment (V28, docs/adr/0033): it must equal what the claim
 * used to work out from the history, on every write path, and the term must end where it used to.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BewaringsmomentTest extends ApiTestBasis {

    private static final Map<String, Object> INWONER = Map.of("naam", "Bram Bewaard");

    // what the claim computed per row before V28
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
    VerlopenBewaring bewaring;

    @Test
    void the_closure_moment_follows_the_use_cases_backdating_and_a_bulk_load() throws SQLException {
        String gemeente = nieuweGemeente();
        String kern = nieuweKern(gemeente, "Sluitdorp");
        String initiatief = als(gemeente, "medewerker").body(Map.of("kern", kern, "titel", "Bankje",
                        "omschrijving", "Een bankje bij de kerk.",
                        "vorm", Map.of("georganiseerd", false, "structureel", false, "rightToChallenge", false),
                        "ondersteuning", List.of("kennis"), "betrokkenen", List.of(INWONER)))
                .post("/api/v1/initiatieven").then().statusCode(201).extract().path("id");
        assertThat(moment("initiatief", initiatief)).isNull();
        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"").body(Map.of("naar", "ingetrokken"))
                .post("/api/v1/initiatieven/" + initiatief + "/statusovergangen").then().statusCode(200);
        assertThat(moment("initiatief", initiatief)).isNotNull().isEqualTo(waarde(INITIATIEF_AFGELEID, initiatief));

        String vraag = als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Lamp",
                        "tekst", "De lantaarn is stuk.", "vrager", INWONER))
                .post("/api/v1/vragen").then().statusCode(201).extract().path("id");
        assertThat(moment("vraag", vraag)).isNull();
        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"")
                .body(Map.of("actie", "sluiten", "toelichting", "afgehandeld"))
                .post("/api/v1/vragen/" + vraag + "/statusovergangen").then().statusCode(200);
        assertThat(moment("vraag", vraag)).isNotNull().isEqualTo(waarde(VRAAG_AFGELEID, vraag));

        // as the retention tests backdate
        sql("update initiatief_statusovergang set op = op - interval '25 months' where initiatief_id = ?::uuid",
                initiatief);
        sql("""
                update vraag set statushistorie = (select jsonb_agg(jsonb_set(o, '{op}',
                    to_jsonb((o->>'op')::numeric - 400 * 86400))) from jsonb_array_elements(statushistorie) o)
                where id = ?::uuid""", vraag);
        assertThat(moment("initiatief", initiatief)).isEqualTo(waarde(INITIATIEF_AFGELEID, initiatief));
        assertThat(moment("vraag", vraag)).isEqualTo(waarde(VRAAG_AFGELEID, vraag));

        // as Proefgegevens loads: the closed initiative first, its history in a statement of its own
        String geladen = UUID.randomUUID().toString();
        sql("""
                insert into initiatief (id, gemeente, kern_id, referentie, titel, omschrijving, georganiseerd,
                                        structureel, right_to_challenge, status, laatste_contact_op, aangemaakt_op,
                                        gewijzigd_op, versie)
                select ?::uuid, gemeente, id, substr(replace(gen_random_uuid()::text, '-', ''), 1, 22), 'Geladen',
                       'Uit een bulklading', false, false, false, 'AFGEROND', now(), now(), now(), 0
                from kern where id = '%s'""".formatted(kern), geladen);
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
        String kern = nieuweKern(gemeente, "Maandeinde");
        String vraag = als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Lamp",
                        "tekst", "De lantaarn is stuk.", "vrager", INWONER))
                .post("/api/v1/vragen").then().statusCode(201).extract().path("id");
        als(gemeente, "kernambtenaar").header("If-Match", "\"0\"")
                .body(Map.of("actie", "sluiten", "toelichting", "afgehandeld"))
                .post("/api/v1/vragen/" + vraag + "/statusovergangen").then().statusCode(200);
        // closed on 31 January, kept one month: 31 January + 1 month is 28 February (the month's last day)
        sql("""
                update vraag set statushistorie = (select jsonb_agg(jsonb_set(o, '{op}', to_jsonb(1769853600)))
                    from jsonb_array_elements(statushistorie) o)
                where id = ?::uuid""", vraag);
        sql("update gemeente set bewaartermijn_vraag_maanden = 1 where code = ?", gemeente);

        assertThat(geclaimd(Instant.parse("2026-02-28T09:59:59Z"))).doesNotContain(new VraagId(UUID.fromString(vraag)));
        assertThat(geclaimd(Instant.parse("2026-02-28T10:00:00Z"))).contains(new VraagId(UUID.fromString(vraag)));
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

    private void sql(String opdracht, String parameter) throws SQLException {
        try (var verbinding = database.getConnection(); var stap = verbinding.prepareStatement(opdracht)) {
            stap.setString(1, parameter);
            assertThat(stap.executeUpdate()).isPositive();
        }
    }
}
