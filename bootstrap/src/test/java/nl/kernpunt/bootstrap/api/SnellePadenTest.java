package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import nl.kernpunt.bootstrap.testsupport.AanmeldfoutWaarnemer;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

/**
 * Pins the number of SQL statements of each hot path (docs/adr/0026), so a change that brings back
 * per-row or per-child work fails here instead of in production. Counts, not times: the statements
 * Hibernate prepared during one request. The service's background rounds count into the same totals, so
 * they are off in this class's profile; the least of a few tries guards against any that is left.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(SnellePadenTest.ZonderAchtergrondrondes.class)
class SnellePadenTest extends ApiTestBasis {

    /**
     * The rounds that run on their own in the test profile (metrics every 2 s, feed numbering every
     * second, the ledger's fold): under a loaded machine a request of over a second met one in every try.
     */
    public static class ZonderAchtergrondrondes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kernpunt.metrics.interval", "off", "kernpunt.gebeurtenisnummering.interval", "off",
                    "kernpunt.monitoring.vouwen", "off");
        }
    }

    private static final int POGINGEN = 3;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    AgroalDataSource dataSource;

    /** The statements Hibernate prepared while {@code verzoek} ran, the least of a few tries. */
    private long statements(Supplier<Response> verzoek, int status) {
        var statistieken = sessionFactory.getStatistics();
        return minst(verzoek, status, statistieken::getPrepareStatementCount);
    }

    /** The connections taken from the pool while {@code verzoek} ran, the least of a few tries. */
    private long verbindingen(Supplier<Response> verzoek, int status) {
        return minst(verzoek, status, () -> dataSource.getMetrics().acquireCount());
    }

    private static long minst(Supplier<Response> verzoek, int status, LongSupplier teller) {
        long minst = Long.MAX_VALUE;
        for (int poging = 0; poging < POGINGEN; poging++) {
            long voor = teller.getAsLong();
            verzoek.get().then().statusCode(status);
            minst = Math.min(minst, teller.getAsLong() - voor);
        }
        return minst;
    }

    /** A new gemeente with {@code aantal} initiatives spread over {@code kernen} kernen; returns {gemeente, kern, last id, last referentie}. */
    private String[] gemeenteMetInitiatieven(int aantal, int kernen) {
        String gemeente = nieuweGemeente();
        List<String> kernIds = IntStream.range(0, kernen).mapToObj(k -> nieuweKern(gemeente, "Kern " + k)).toList();
        String id = null;
        String referentie = null;
        for (int i = 0; i < aantal; i++) {
            Response aangemaakt = als(gemeente, "medewerker")
                    .body(InitiatievenApiTest.initiatiefNieuw(kernIds.get(i % kernen), "Schone containerplek " + i))
                    .post(InitiatievenApiTest.INITIATIEVEN);
            aangemaakt.then().statusCode(201);
            id = aangemaakt.path("id");
            referentie = aangemaakt.path("referentie");
        }
        return new String[] {gemeente, kernIds.get(0), id, referentie};
    }

    /**
     * The initiative's public columns with its open agreements counted and its kern's name joined: one
     * statement in plain JDBC (docs/adr/0031, third round), so Hibernate prepares none and the request
     * takes one connection from the pool, in which the adapter runs its single statement.
     */
    @Test
    void the_public_status_is_one_statement_on_one_connection_without_hibernate() {
        String[] initiatief = gemeenteMetInitiatieven(1, 1);
        Supplier<Response> status = () -> anoniem().get(InitiatievenApiTest.OPENBAAR + "/" + initiatief[3]);

        assertThat(statements(status, 200)).isZero();
        assertThat(verbindingen(status, 200)).isEqualTo(1);
    }

    /**
     * Quarkus REST's filter after authentication builds a request mapper over all resources on every
     * request, for a URI template only a failed authentication needs; an anonymous public status cannot
     * fail it, so AnoniemeOpenbareStatus spares it that (docs/adr/0031, fourth round). It must run before
     * that filter (the same route order): after it, it would find the filter's own handler and leave it.
     * With a token the filter runs as before.
     */
    @Test
    void an_anonymous_public_status_skips_quarkus_search_for_the_auth_failure_template() {
        String[] initiatief = gemeenteMetInitiatieven(1, 1);
        String pad = InitiatievenApiTest.OPENBAAR + "/" + initiatief[3];

        anoniem().get(pad).then().statusCode(200);
        assertThat(AanmeldfoutWaarnemer.laatste()).isEqualTo("geen");

        als(initiatief[0], "medewerker").get(pad).then().statusCode(200);
        assertThat(AanmeldfoutWaarnemer.laatste()).contains("FailingDefaultAuthFailureHandler");
    }

    @Test
    void a_page_of_initiatives_costs_the_same_few_statements_for_twenty_rows_as_for_one() {
        String[] een = gemeenteMetInitiatieven(1, 1);
        String[] twintig = gemeenteMetInitiatieven(20, 10);

        long voorEen = statements(() -> als(een[0], "medewerker").queryParam("pageSize", 100)
                .get(InitiatievenApiTest.INITIATIEVEN), 200);
        long voorTwintig = statements(() -> als(twintig[0], "medewerker").queryParam("pageSize", 100)
                .get(InitiatievenApiTest.INITIATIEVEN), 200);

        // page, the seven lists of the page's initiatives (one multi-statement, one round trip, docs/adr/0037),
        // the gemeente, what the page's kernen add (one statement, docs/adr/0031), the processing log's
        // entry (its register line is read once a minute)
        assertThat(voorTwintig).isEqualTo(voorEen).isLessThanOrEqualTo(5);
    }

    /**
     * Hibernate reuses a collection's batch loader only while the session's default batch size is
     * unset or equals the collection's own; otherwise it builds the loader and its SQL anew for every
     * collection it loads, seven per initiative of a page (docs/adr/0035). Same rule as Hibernate's.
     */
    @Test
    void every_collection_keeps_its_own_batch_loader() {
        var fabriek = sessionFactory.unwrap(SessionFactoryImplementor.class);
        int standaard = fabriek.getSessionFactoryOptions().getDefaultBatchFetchSize();
        List<String> opnieuwGebouwd = new ArrayList<>();
        fabriek.getMappingMetamodel().forEachCollectionDescriptor(collectie -> {
            if (standaard > 0 && collectie.getBatchSize() != standaard) {
                opnieuwGebouwd.add(collectie.getRole() + " (" + collectie.getBatchSize() + ")");
            }
        });
        assertThat(opnieuwGebouwd).as("collections whose batch size differs from the default %d", standaard).isEmpty();
    }

    @Test
    void an_initiative_page_and_the_kern_list_as_staff_stay_few_statements() {
        String[] initiatief = gemeenteMetInitiatieven(1, 1);
        for (int i = 0; i < 9; i++) {
            nieuweKern(initiatief[0], "Extra kern " + i);
        }

        long pagina = statements(() -> als(initiatief[0], "medewerker")
                .get(InitiatievenApiTest.INITIATIEVEN + "/" + initiatief[2]), 200);
        long kernen = statements(() -> als(initiatief[0], "medewerker").get(KERNEN), 200);

        // the initiative, its seven lists, the gemeente, its kern's kernambtenaar, the processing log's entry
        assertThat(pagina).isLessThanOrEqualTo(11);
        // the page, its kernen's lists, and one read of the publication settings of the other gemeenten on it
        assertThat(kernen).isLessThanOrEqualTo(5);
    }

    @Test
    void a_new_question_with_its_audit_line_and_outbox_row_stays_few_statements() {
        String[] initiatief = gemeenteMetInitiatieven(0, 1);
        String kern = initiatief[1];
        Map<String, Object> vraag = new HashMap<>(Map.of("kern", kern, "onderwerp", "Afval naast de containers",
                "tekst", "Bij de containers aan de Dorpsstraat staat elke week afval.",
                "vrager", Map.of("naam", "Mevrouw Van Rijn")));

        long aantal = statements(() -> als(initiatief[0], "medewerker").body(vraag).post("/api/v1/vragen"), 201);

        // kern, gemeente, the question, audit line, event with its kernen and deliveries in one statement
        // (numbered after the commit, off the request, V31), outbox row, processing log (register and entry)
        assertThat(aantal).isLessThanOrEqualTo(8);
    }

    @Test
    void monitoring_stays_one_statement_per_section_and_a_repeated_read_only_probes() {
        String[] initiatief = gemeenteMetInitiatieven(3, 2);
        var statistieken = sessionFactory.getStatistics();
        long voor = statistieken.getPrepareStatementCount();
        als(initiatief[0], "medewerker").get("/api/v1/monitoring").then().statusCode(200);
        long eerste = statistieken.getPrepareStatementCount() - voor;

        long herhaald = statements(() -> als(initiatief[0], "medewerker").get("/api/v1/monitoring"), 200);

        // one per section: initiatives, agreements, trajecten, their marks, kernen, kernagendas, questions,
        // meetings, grants, budget rounds, the gemeente's kernen (Leefbaarometer and overlegtafels), the
        // Leefbaarometer figures, the overlegtafel meetings, the targets; the probe; and the processing
        // log's: never one per row, whatever the gemeente's size
        assertThat(eerste).isLessThanOrEqualTo(17);
        // nothing changed: the probe (docs/adr/0034) and the processing log's
        assertThat(herhaald).isLessThanOrEqualTo(1);
    }
}
