package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import nl.kernpunt.application.bedrijfsvoering.Bedrijfscijfers;
import nl.kernpunt.application.bedrijfsvoering.port.in.BedrijfscijfersQuery;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.junit.jupiter.api.Test;

/**
 * The operational figures' one SQL statement against rows in every state that matters; the rows are
 * written directly, because the API cannot make a question or agreement overdue without waiting.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class BedrijfscijfersTest extends ApiTestBasis {

    @Inject
    BedrijfscijfersQuery query;

    @Inject
    DataSource database;

    @Test
    void counts_outbox_states_oldest_age_and_overdue_questions_and_agreements_of_each_gemeente() throws SQLException {
        String gemeente = nieuweGemeente();
        String andere = nieuweGemeente();
        UUID kern = UUID.fromString(nieuweKern(gemeente, "Eck en Wiel"));
        try (Connection verbinding = database.getConnection()) {
            outboxrij(verbinding, gemeente, "wachtend", 0, "2 hours");
            outboxrij(verbinding, gemeente, "wachtend", 3, "10 minutes");
            outboxrij(verbinding, gemeente, "geparkeerd", 8, "3 hours");
            outboxrij(verbinding, gemeente, "afgehandeld", 1, "5 hours");
            outboxrij(verbinding, andere, "wachtend", 0, "1 minute");
            vraag(verbinding, gemeente, kern, "now() - interval '1 day'");
            vraag(verbinding, gemeente, kern, "now() + interval '1 day'");
            vraag(verbinding, gemeente, kern, "null");
            UUID initiatief = initiatief(verbinding, gemeente, kern);
            afspraak(verbinding, initiatief, 0, "current_date - 2", "OPEN");
            afspraak(verbinding, initiatief, 1, "current_date - 2", "NAGEKOMEN");
            afspraak(verbinding, initiatief, 2, "current_date + 2", "OPEN");
        }

        var cijfers = query.perGemeente();

        Bedrijfscijfers eigen = cijfers.get(new Gemeentecode(gemeente));
        assertThat(eigen.outboxWachtend()).isEqualTo(1);
        assertThat(eigen.outboxOpnieuw()).isEqualTo(1);
        assertThat(eigen.outboxGeparkeerd()).isEqualTo(1);
        assertThat(eigen.oudsteWachtend()).isBetween(Duration.ofMinutes(119), Duration.ofMinutes(125));
        assertThat(eigen.openConflicten()).isZero();
        assertThat(eigen.verlopenVragen()).isEqualTo(1);
        assertThat(eigen.verlopenAfspraken()).isEqualTo(1);
        Bedrijfscijfers ander = cijfers.get(new Gemeentecode(andere));
        assertThat(ander.outboxWachtend()).isEqualTo(1);
        assertThat(ander.verlopenVragen()).isZero();
        assertThat(ander.verlopenAfspraken()).isZero();
    }

    private static void outboxrij(Connection verbinding, String gemeente, String toestand, int pogingen, String geleden)
            throws SQLException {
        voerUit(verbinding, "insert into zaak_outbox (id, gemeente, zaaksoort, bron_id, identificatie, opdracht, "
                + "zaakstatus, moment, toestand, pogingen, geplaatst_op, volgende_poging_op) values (gen_random_uuid(), '"
                + gemeente + "', 'initiatief', gen_random_uuid(), 'KP-I-" + UUID.randomUUID().toString().replace("-", "")
                .substring(0, 20) + "', 'registreer', 'ingediend', now(), '" + toestand + "', " + pogingen
                + ", now() - interval '" + geleden + "', now())");
    }

    private static void vraag(Connection verbinding, String gemeente, UUID kern, String lopendeDeadline)
            throws SQLException {
        voerUit(verbinding, "insert into vraag (id, gemeente, kern_id, referentie, onderwerp, tekst, vrager_naam, "
                + "ontvangen_op, termijn_dagen, termijn_soort, status, statushistorie, lopende_deadline, gewijzigd_op, "
                + "versie) values (gen_random_uuid(), '" + gemeente + "', '" + kern + "', '"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 22) + "', 'Bankje', 'Graag een bankje.', "
                + "'Inwoner', now(), 14, 'KALENDERDAGEN', 'ONTVANGEN', '[]'::jsonb, " + lopendeDeadline + ", now(), 0)");
    }

    private static UUID initiatief(Connection verbinding, String gemeente, UUID kern) throws SQLException {
        UUID id = UUID.randomUUID();
        voerUit(verbinding, "insert into initiatief (id, gemeente, kern_id, referentie, titel, omschrijving, "
                + "georganiseerd, structureel, right_to_challenge, status, laatste_contact_op, aangemaakt_op, "
                + "gewijzigd_op, versie) values ('" + id + "', '" + gemeente + "', '" + kern + "', '"
                + id.toString().replace("-", "").substring(0, 22) + "', 'Speeltuin', 'Samen opknappen.', false, false, "
                + "false, 'INGEDIEND', now(), now(), now(), 0)");
        return id;
    }

    private static void afspraak(Connection verbinding, UUID initiatief, int volgorde, String deadline, String status)
            throws SQLException {
        voerUit(verbinding, "insert into initiatief_afspraak (initiatief_id, volgorde, id, wat, door, verantwoordelijke, "
                + "deadline, status) values ('" + initiatief + "', " + volgorde + ", gen_random_uuid(), 'Offerte', "
                + "'GEMEENTE', 'Kernambtenaar', " + deadline + ", '" + status + "')");
    }

    private static void voerUit(Connection verbinding, String sql) throws SQLException {
        try (PreparedStatement opdracht = verbinding.prepareStatement(sql)) {
            opdracht.executeUpdate();
        }
    }
}
