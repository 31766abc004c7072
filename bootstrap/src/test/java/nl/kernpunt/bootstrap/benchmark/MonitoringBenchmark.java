package nl.kernpunt.bootstrap.benchmark;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.kernpunt.application.bijeenkomst.port.out.BijeenkomstRepository;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.kernagenda.port.out.KernagendaRepository;
import nl.kernpunt.application.subsidie.port.out.SubsidieRepository;
import nl.kernpunt.application.traject.port.out.ParticipatietrajectRepository;
import nl.kernpunt.application.vraag.port.out.VraagRepository;
import nl.kernpunt.bootstrap.testsupport.MetDemogegevens;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times the monitoring on Buren's demo data and on a generated gemeente of at least 100,000
 * initiatives with two agreements each and as many questions: every section's query on its own and the request end to
 * end (JSON, JSON for one kern, CSV), each {@code benchmark.rondes} times after five warm-up runs,
 * reported as min / median / p95 in milliseconds. Not a test of speed: it asserts nothing and runs
 * only with {@code -Pbenchmark} (README, "Benchmark"). The report is printed and written to
 * {@code bootstrap/target/benchmark/monitoring.txt}.
 */
@QuarkusTest
@TestProfile(MetDemogegevens.class)
@QuarkusTestResource(PostgresTestResource.class)
@Tag("benchmark")
class MonitoringBenchmark {

    private static final int OPWARMEN = 5;
    private static final int RONDES = Integer.getInteger("benchmark.rondes", 30);
    private static final int INITIATIEVEN = Integer.getInteger("benchmark.initiatieven", 100_000);
    private static final String PROEFGEMEENTE = "9001";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Inject
    DataSource database;

    @Inject
    InitiatiefRepository initiatieven;

    @Inject
    ParticipatietrajectRepository trajecten;

    @Inject
    KernRepository kernen;

    @Inject
    KernagendaRepository kernagendas;

    @Inject
    VraagRepository vragen;

    @Inject
    BijeenkomstRepository bijeenkomsten;

    @Inject
    SubsidieRepository subsidies;

    @Inject
    Clock klok;

    private final List<String> rapport = new ArrayList<>();

    @Test
    void meet_de_monitoring_op_de_demogegevens_en_op_een_grote_gemeente() throws SQLException, IOException {
        meet("demogegevens Buren (0214)", "0214");

        long start = System.nanoTime();
        Proefgegevens.maak(database, PROEFGEMEENTE, INITIATIEVEN);
        rapport.add("");
        rapport.add(("proefgegevens: %d initiatieven met elk 2 afspraken, %d vragen, %d bijeenkomsten, "
                + "%d subsidieaanvragen, %d kernen, %d trajecten in gemeente %s, in %.1f s")
                .formatted(aantal("initiatief where gemeente = '" + PROEFGEMEENTE + "'"),
                        aantal("vraag where gemeente = '" + PROEFGEMEENTE + "'"),
                        aantal("bijeenkomst where gemeente = '" + PROEFGEMEENTE + "'"),
                        aantal("subsidieaanvraag where gemeente = '" + PROEFGEMEENTE + "'"),
                        aantal("kern where gemeente = '" + PROEFGEMEENTE + "'"),
                        aantal("participatietraject where gemeente = '" + PROEFGEMEENTE + "'"),
                        PROEFGEMEENTE, (System.nanoTime() - start) / 1e9));
        meet("proefgemeente (" + PROEFGEMEENTE + ")", PROEFGEMEENTE);

        String tekst = String.join("\n", rapport) + "\n";
        System.out.println("\n" + tekst);
        Path uitvoer = Path.of("target", "benchmark", "monitoring.txt");
        Files.createDirectories(uitvoer.getParent());
        Files.writeString(uitvoer, tekst);
    }

    private void meet(String titel, String gemeente) {
        Monitoringbereik bereik = new Monitoringbereik(new Gemeentecode(gemeente), Optional.empty(),
                Periode.halfjaarVan(LocalDate.now(klok.withZone(Periode.NEDERLAND))));
        LocalDate vandaag = LocalDate.now(klok.withZone(Periode.NEDERLAND));
        String token = TestTokens.voor(gemeente, "medewerker");
        String kern = given().auth().oauth2(token).get("/api/v1/kernen?gemeente=" + gemeente + "&pageSize=1")
                .then().statusCode(200).extract().path("resultaten[0].id");

        Map<String, Runnable> metingen = new LinkedHashMap<>();
        metingen.put("query initiatieven", inTransactie(() -> initiatieven.tel(bereik)));
        metingen.put("query afspraken", inTransactie(() -> initiatieven.telAfspraken(bereik, vandaag)));
        metingen.put("query participatietrajecten", inTransactie(() -> trajecten.tel(bereik)));
        metingen.put("query kernen", inTransactie(() -> kernen.tel(bereik)));
        metingen.put("query kernen met kernagenda", inTransactie(() -> kernagendas.telKernenMetAgenda(bereik)));
        metingen.put("query vragen", inTransactie(() -> vragen.tel(bereik, vandaag)));
        metingen.put("query bijeenkomsten", inTransactie(() -> bijeenkomsten.tel(bereik, vandaag)));
        metingen.put("query subsidies", inTransactie(() -> subsidies.tel(bereik)));
        metingen.put("GET /monitoring (JSON)", verzoek("/api/v1/monitoring", token, "application/json"));
        metingen.put("GET /monitoring?kern=… (JSON)", verzoek("/api/v1/monitoring?kern=" + kern, token, "application/json"));
        metingen.put("GET /monitoring (CSV)", verzoek("/api/v1/monitoring", token, "text/csv"));

        rapport.add("");
        rapport.add("== " + titel + ", periode " + bereik.periode().van() + " tot " + bereik.periode().tot()
                + ", " + RONDES + " rondes na " + OPWARMEN + " om op te warmen");
        rapport.add("%-32s %9s %9s %9s".formatted("meting (ms)", "min", "mediaan", "p95"));
        metingen.forEach((naam, meting) -> rapport.add(regel(naam, meting)));
    }

    /** A plain JDK client, so the time is the service's and not a test library's. */
    private static Runnable verzoek(String pad, String token, String accept) {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + pad))
                .header("Authorization", "Bearer " + token).header("Accept", accept).build();
        return () -> {
            try {
                HttpResponse<String> antwoord = HTTP.send(verzoek, HttpResponse.BodyHandlers.ofString());
                if (antwoord.statusCode() != 200) {
                    throw new IllegalStateException(pad + ": " + antwoord.statusCode() + " " + antwoord.body());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }

    private static Runnable inTransactie(Supplier<?> query) {
        return () -> QuarkusTransaction.requiringNew().call(query::get);
    }

    private static String regel(String naam, Runnable meting) {
        for (int i = 0; i < OPWARMEN; i++) {
            meting.run();
        }
        double[] duur = new double[RONDES];
        for (int i = 0; i < RONDES; i++) {
            long start = System.nanoTime();
            meting.run();
            duur[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(duur);
        return "%-32s %9.2f %9.2f %9.2f".formatted(naam, duur[0], duur[(RONDES - 1) / 2],
                duur[(int) Math.ceil(0.95 * RONDES) - 1]);
    }

    private long aantal(String vanWaar) throws SQLException {
        try (var verbinding = database.getConnection(); var opdracht = verbinding.createStatement();
             var rij = opdracht.executeQuery("select count(*) from " + vanWaar)) {
            rij.next();
            return rij.getLong(1);
        }
    }
}
