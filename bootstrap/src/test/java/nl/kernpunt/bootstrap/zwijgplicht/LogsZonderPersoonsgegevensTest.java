package nl.kernpunt.bootstrap.zwijgplicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import nl.kernpunt.bootstrap.api.ApiTestBasis;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * No personal data in the logs (docs/adr/0018): sends names, e-mail addresses and phone numbers
 * through the API and into a refused database write, then searches the log file of the whole test
 * run for them and for those the other test classes send.
 * {@link AlsLaatste} makes it the last class of the run.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@TestProfile(AlsLaatste.class)
class LogsZonderPersoonsgegevensTest extends ApiTestBasis {

    private static final String INWONER = "Bartholomeus Zwijgerts";
    private static final String INWONER_EMAIL = "b.zwijgerts@example.nl";
    private static final String INWONER_TELEFOON = "06 4815 1623";
    private static final String KERNAMBTENAAR = "Cornelia Stilma";
    private static final String KERNAMBTENAAR_EMAIL = "c.stilma@buren.nl";
    private static final String KERNAMBTENAAR_TELEFOON = "0344 123 987";

    /** What this class and the other test classes send as people's names and contact details. */
    private static final List<String> PERSOONSGEGEVENS = List.of(INWONER, INWONER_EMAIL, INWONER_TELEFOON,
            KERNAMBTENAAR, KERNAMBTENAAR_EMAIL, KERNAMBTENAAR_TELEFOON,
            "Jan de Boer", "jan.deboer@example.nl", "06 1234 5678", "Lotte Vermeulen", "l.vermeulen@buren.nl",
            "Fatima Amrani", "f.amrani@buren.nl", "0344 579 203", "Mevrouw Van Rijn", "vanrijn@example.nl");

    private static final Pattern EMAILADRES = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,}");

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.log.file.path")
    Path logbestand;

    @Test
    void the_log_of_the_test_run_holds_none_of_the_personal_data_the_tests_sent() throws IOException {
        String gemeente = nieuweGemeente();
        String kern = als(gemeente, "beheerder").body(Map.of("naam", "Zwijgdorp", "gebied", "Buren e.o.",
                        "kernambtenaar", Map.of("naam", KERNAMBTENAAR, "email", KERNAMBTENAAR_EMAIL,
                                "telefoon", KERNAMBTENAAR_TELEFOON),
                        "uitrolfase", "starten", "dorpsbelangenorganisaties", List.of(), "communicatiekanalen", List.of()))
                .post("/api/v1/kernen").then().statusCode(201).extract().path("id");
        Map<String, Object> inwoner = Map.of("naam", INWONER, "email", INWONER_EMAIL, "telefoon", INWONER_TELEFOON);
        String initiatief = als(gemeente, "medewerker").body(Map.of("kern", kern, "titel", "Bankje bij de kerk",
                        "omschrijving", "Een bankje bij de kerk voor wie slecht ter been is.",
                        "vorm", Map.of("georganiseerd", false, "structureel", false, "rightToChallenge", false),
                        "ondersteuning", List.of("kennis"), "betrokkenen", List.of(inwoner)))
                .post("/api/v1/initiatieven").then().statusCode(201).extract().path("id");
        als(gemeente, "medewerker").header("If-Match", "\"0\"")
                .body(Map.of("wat", "Offerte opvragen", "door", "initiatiefnemers", "verantwoordelijke", INWONER,
                        "deadline", "2020-01-31"))
                .post("/api/v1/initiatieven/" + initiatief + "/afspraken").then().statusCode(200);
        als(gemeente, "medewerker").body(Map.of("kern", kern, "onderwerp", "Losse stoeptegel",
                        "tekst", "Voor nummer 12 ligt een losse tegel.", "vrager", inwoner))
                .post("/api/v1/vragen").then().statusCode(201);
        // refused input that carries personal data
        ongeldig().contentType("application/json").header("Authorization", "Bearer " + TestTokens.voor(gemeente, "medewerker"))
                .body(Map.of("kern", kern, "onderwerp", "Tegel", "tekst", "Nog een tegel.",
                        "vrager", Map.of("naam", INWONER, "email", INWONER + " bij " + INWONER_TELEFOON)))
                .post("/api/v1/vragen").then().statusCode(400);
        weigertDeDatabase(gemeente, kern);

        String merkteken = "logcontrole " + UUID.randomUUID();
        Logger.getLogger(LogsZonderPersoonsgegevensTest.class).info(merkteken);

        String log = Files.readString(logbestand);
        // the line just logged is there: the search below reads the log as it is written
        assertThat(log).contains(merkteken);
        assertThat(PERSOONSGEGEVENS).allSatisfy(gegeven -> assertThat(log).doesNotContainIgnoringCase(gegeven));
        assertThat(EMAILADRES.matcher(log).results().map(m -> m.group()).toList()).isEmpty();
    }

    /**
     * A write the database refuses: PostgreSQL's message would quote the failing row, the asker's
     * name, e-mail and phone included, and Hibernate logs that message.
     */
    private void weigertDeDatabase(String gemeente, String kern) {
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into vraag (id, gemeente, kern_id, vrager_naam, vrager_email, vrager_telefoon)
                        values (:id, :gemeente, :kern, :naam, :email, :telefoon)""")
                .setParameter("id", UUID.randomUUID()).setParameter("gemeente", gemeente)
                .setParameter("kern", UUID.fromString(kern)).setParameter("naam", INWONER)
                .setParameter("email", INWONER_EMAIL).setParameter("telefoon", INWONER_TELEFOON)
                .executeUpdate()))
                .satisfies(fout -> assertThat(meldingen(fout)).contains("not-null").doesNotContain(INWONER_EMAIL));
    }

    private static String meldingen(Throwable fout) {
        StringBuilder alle = new StringBuilder();
        for (Throwable oorzaak = fout; oorzaak != null; oorzaak = oorzaak.getCause()) {
            alle.append(oorzaak.getMessage()).append('\n');
        }
        return alle.toString();
    }
}
