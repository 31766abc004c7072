package nl.kernpunt.application.zaaksysteem.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.contract.PortContract;
import nl.kernpunt.application.zaaksysteem.Notificatie;
import nl.kernpunt.application.zaaksysteem.Zaakconflict;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaaksoort;
import nl.kernpunt.application.zaaksysteem.Zaakstand;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.junit.jupiter.api.Test;

/** Received notifications are de-duplicated by their key; conflicts stay open per gemeente until resolved. */
public abstract class ZaakNotificatiesContract extends PortContract {

    protected ZaakNotificaties notificaties() {
        return poort(ZaakNotificaties.class);
    }

    protected ZaakConflicten conflicten() {
        return poort(ZaakConflicten.class);
    }

    private final Instant nu = Instant.parse("2026-04-01T08:00:00Z");

    private static Notificatie statusNotificatie(String resourceUrl, Instant aanmaakdatum) {
        return new Notificatie("zaken", "https://join.example.nl/zaken/api/v1/zaken/1", "status", resourceUrl,
                "create", aanmaakdatum);
    }

    @Test
    void the_same_notification_twice_is_stored_once_and_a_processed_one_is_not_offered_again() {
        Gemeentecode gemeente = nieuweGemeente();
        String url = "https://join.example.nl/zaken/api/v1/statussen/" + UUID.randomUUID();
        Notificatie notificatie = statusNotificatie(url, nu);

        assertThat(inTransactie(() -> notificaties().ontvang(gemeente, notificatie, nu))).isTrue();
        assertThat(inTransactie(() -> notificaties().ontvang(gemeente, notificatie, nu.plusSeconds(5)))).isFalse();
        assertThat(inTransactie(() -> notificaties().ontvang(gemeente, statusNotificatie(url, nu.plusSeconds(1)), nu)))
                .as("another aanmaakdatum is another notification").isTrue();
        assertThat(inTransactie(() -> notificaties().onverwerkt(1000)))
                .filteredOn(o -> o.notificatie().resourceUrl().equals(url)).hasSize(2)
                .allSatisfy(o -> assertThat(o.gemeente()).isEqualTo(gemeente));

        inTransactie(() -> { notificaties().verwerkt(notificatie, nu); return null; });
        assertThat(inTransactie(() -> notificaties().onverwerkt(1000)))
                .filteredOn(o -> o.notificatie().resourceUrl().equals(url))
                .singleElement().satisfies(o -> assertThat(o.notificatie().aanmaakdatum()).isEqualTo(nu.plusSeconds(1)));
    }

    @Test
    void a_conflict_stays_open_for_its_own_gemeente_until_resolved() {
        Gemeentecode gemeente = nieuweGemeente();
        Gemeentecode andere = nieuweGemeente();
        Zaakstand stand = new Zaakstand(Zaakidentificatie.van(Zaaksoort.INITIATIEF, UUID.randomUUID()),
                "https://join.example.nl/zaken/api/v1/zaken/2", "afgerond", "https://join.example.nl/st/1", null, nu);
        Zaakconflict conflict = Zaakconflict.nieuw(gemeente, stand, "ingediend", "initiatief-ongeldige-overgang",
                "van ingediend naar afgerond mag niet", nu);
        inTransactie(() -> { conflicten().leg(conflict); return null; });

        assertThat(inTransactie(() -> conflicten().open(gemeente))).containsExactly(conflict);
        assertThat(inTransactie(() -> conflicten().aantalOpen(andere))).isZero();
        assertThat(inTransactie(() -> conflicten().losOp(andere, conflict.id(), "beheerder", nu))).isFalse();

        assertThat(inTransactie(() -> conflicten().losOp(gemeente, conflict.id(), "beheerder", nu))).isTrue();
        assertThat(inTransactie(() -> conflicten().aantalOpen(gemeente))).isZero();
        assertThat(inTransactie(() -> conflicten().losOp(gemeente, conflict.id(), "beheerder", nu))).isFalse();
    }
}
