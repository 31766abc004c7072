package nl.kernpunt.bootstrap.persistentie;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V10_17 on a database as V9 left it: the rows the old rule parked because Join could not be reached
 * (or answered 5xx, or did not have the zaak yet) wait again with a fresh count; a refusal stays parked.
 * Runs the real migrations into a database of its own next to the test database.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class ZaakOutboxMigratieTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String gebruiker;

    @ConfigProperty(name = "quarkus.datasource.password")
    String wachtwoord;

    @Test
    void rows_parked_for_a_temporary_failure_wait_again_and_a_refusal_stays_parked() throws SQLException {
        String proefUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/migratie_v10_17$1");
        try (Connection beheer = DriverManager.getConnection(url, gebruiker, wachtwoord);
             Statement s = beheer.createStatement()) {
            s.execute("drop database if exists migratie_v10_17");
            s.execute("create database migratie_v10_17");
        }
        flyway(proefUrl).target("9").load().migrate();
        try (Connection db = DriverManager.getConnection(proefUrl, gebruiker, wachtwoord);
             Statement s = db.createStatement()) {
            s.execute("""
                    insert into gemeente (code, naam, rsin, antwoordtermijn_dagen, terugkoppeltermijn_dagen,
                        stilte_drempel_dagen, aangemaakt_op, gewijzigd_op, versie)
                    values ('0999', 'Proef', '001234567', 10, 10, 30, now(), now(), 0)""");
            Map<String, String> fouten = Map.of(
                    "onbereikbaar", "zaaksysteem onbereikbaar: Connection refused: /127.0.0.1:8080",
                    "503", "zaaksysteem antwoordde 503 op HTTP 503 Service Unavailable",
                    "429", "zaaksysteem antwoordde 429 op HTTP 429 Too Many Requests",
                    "zaak-ontbreekt", "zaak KP-I-0123456789abcdef0123456789abcdef staat (nog) niet in het zaaksysteem",
                    "geweigerd", "zaaksysteem antwoordde 400 op HTTP 400 Bad Request");
            for (Map.Entry<String, String> fout : fouten.entrySet()) {
                s.execute("""
                        insert into zaak_outbox (id, gemeente, zaaksoort, bron_id, identificatie, opdracht, zaakstatus,
                            moment, toestand, pogingen, eerder_geprobeerd, geplaatst_op, volgende_poging_op, laatste_fout)
                        values (gen_random_uuid(), '0999', 'initiatief', gen_random_uuid(), '%s', 'registreer',
                            'ingediend', now(), 'geparkeerd', 10, true, now(), now(), '%s')"""
                        .formatted(fout.getKey(), fout.getValue()));
            }
        }

        flyway(proefUrl).load().migrate();

        Map<String, String> toestand = new HashMap<>();
        try (Connection db = DriverManager.getConnection(proefUrl, gebruiker, wachtwoord);
             Statement s = db.createStatement();
             ResultSet rijen = s.executeQuery("select identificatie, toestand, pogingen, eerder_geprobeerd from zaak_outbox")) {
            while (rijen.next()) {
                toestand.put(rijen.getString(1), rijen.getString(2) + "/" + rijen.getInt(3) + "/" + rijen.getBoolean(4));
            }
        }
        assertThat(toestand).containsExactlyInAnyOrderEntriesOf(Map.of(
                "onbereikbaar", "wachtend/0/true",
                "503", "wachtend/0/true",
                "429", "wachtend/0/true",
                "zaak-ontbreekt", "wachtend/0/true",
                "geweigerd", "geparkeerd/10/true"));
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway(String proefUrl) {
        return Flyway.configure().dataSource(proefUrl, gebruiker, wachtwoord).locations("classpath:db/migration");
    }
}
