package nl.kernpunt.application.zaaksysteem.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.contract.PortContract;
import nl.kernpunt.application.zaaksysteem.Outboxregel;
import nl.kernpunt.application.zaaksysteem.Outboxstand;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.application.zaaksysteem.Zaaksoort;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.junit.jupiter.api.Test;

/** What every {@link ZaakOutbox} guarantees: order per zaak, leases, backoff, parking. */
public abstract class ZaakOutboxContract extends PortContract {

    protected ZaakOutbox outbox() {
        return poort(ZaakOutbox.class);
    }

    private final Instant nu = Instant.parse("2026-04-01T08:00:00Z");

    private Zaakidentificatie plaatsZaak(Gemeentecode gemeente, String... statussen) {
        Zaakidentificatie zaak = Zaakidentificatie.van(Zaaksoort.INITIATIEF, UUID.randomUUID());
        inTransactie(() -> {
            outbox().plaats(Zaakopdracht.registreer(gemeente, zaak, "ingediend", nu, "titel", "omschrijving", "Jan"), nu);
            for (String status : statussen) {
                outbox().plaats(Zaakopdracht.status(gemeente, zaak, status, nu, null), nu);
            }
            return zaak;
        });
        return zaak;
    }

    private List<Outboxregel> claim(Gemeentecode gemeente, Instant op) {
        return inTransactie(() -> outbox().claim(Set.of(gemeente), 50, op, op.plusSeconds(60)));
    }

    @Test
    void only_the_oldest_unfinished_row_of_a_zaak_is_claimed_so_a_zaak_is_sent_in_order() {
        Gemeentecode gemeente = nieuweGemeente();
        Zaakidentificatie zaak = plaatsZaak(gemeente, "in-behandeling", "rol-bepaald");

        List<Outboxregel> eerste = claim(gemeente, nu);
        assertThat(eerste).extracting(r -> r.opdracht().status()).containsExactly("ingediend");
        assertThat(claim(gemeente, nu.plusSeconds(1))).as("claimed rows are held by their lease").isEmpty();

        inTransactie(() -> { outbox().gelukt(eerste.get(0).id(), nu); return null; });
        List<Outboxregel> tweede = claim(gemeente, nu.plusSeconds(2));
        assertThat(tweede).extracting(r -> r.opdracht().status()).containsExactly("in-behandeling");
        assertThat(tweede.get(0).opdracht().zaak()).isEqualTo(zaak);
    }

    @Test
    void an_expired_lease_frees_the_row_for_another_dispatcher() {
        Gemeentecode gemeente = nieuweGemeente();
        plaatsZaak(gemeente);

        assertThat(claim(gemeente, nu)).singleElement().extracting(Outboxregel::eerderGeprobeerd).isEqualTo(false);
        assertThat(claim(gemeente, nu.plusSeconds(61))).as("the first dispatcher died").singleElement()
                .extracting(Outboxregel::eerderGeprobeerd).isEqualTo(true);
    }

    @Test
    void a_failed_row_waits_for_its_backoff_and_counts_its_attempts() {
        Gemeentecode gemeente = nieuweGemeente();
        plaatsZaak(gemeente);
        Outboxregel regel = claim(gemeente, nu).get(0);

        inTransactie(() -> { outbox().mislukt(regel.id(), "503", nu.plusSeconds(30)); return null; });

        assertThat(claim(gemeente, nu.plusSeconds(29))).isEmpty();
        assertThat(claim(gemeente, nu.plusSeconds(30))).singleElement()
                .extracting(Outboxregel::pogingen).isEqualTo(1);
        Outboxstand stand = inTransactie(() -> outbox().stand(gemeente, nu));
        assertThat(stand.opnieuw()).isEqualTo(1);
        assertThat(stand.oudsteWachtendSinds()).isEqualTo(nu);
    }

    @Test
    void a_parked_row_holds_back_its_zaak_until_a_person_resumes_it() {
        Gemeentecode gemeente = nieuweGemeente();
        Zaakidentificatie zaak = plaatsZaak(gemeente, "in-behandeling");
        Zaakidentificatie andere = plaatsZaak(gemeente);
        Outboxregel regel = claim(gemeente, nu).stream().filter(r -> r.opdracht().zaak().equals(zaak)).findFirst()
                .orElseThrow();
        inTransactie(() -> { outbox().parkeer(regel.id(), "400 ongeldig"); return null; });

        List<Outboxregel> vrij = claim(gemeente, nu.plusSeconds(120));
        assertThat(vrij).extracting(r -> r.opdracht().zaak()).containsExactly(andere);
        inTransactie(() -> { outbox().gelukt(vrij.get(0).id(), nu); return null; });
        assertThat(inTransactie(() -> outbox().geparkeerd(gemeente))).singleElement()
                .satisfies(p -> assertThat(p.fout()).isEqualTo("400 ongeldig"));
        assertThat(inTransactie(() -> outbox().heeftOnafgehandelde(zaak))).isTrue();
        assertThat(inTransactie(() -> outbox().hervat(nieuweGemeente(), regel.id(), nu))).as("other gemeente").isFalse();

        assertThat(inTransactie(() -> outbox().hervat(gemeente, regel.id(), nu.plusSeconds(200)))).isTrue();
        assertThat(claim(gemeente, nu.plusSeconds(200))).singleElement().satisfies(r -> {
            assertThat(r.opdracht().status()).isEqualTo("ingediend");
            assertThat(r.pogingen()).as("a fresh count").isZero();
            assertThat(r.eerderGeprobeerd()).as("but it may have reached the case system").isTrue();
        });
    }

    @Test
    void rows_of_unconfigured_gemeenten_simply_wait_and_the_stand_counts_per_gemeente() {
        Gemeentecode gemeente = nieuweGemeente();
        Gemeentecode zonderKoppeling = nieuweGemeente();
        plaatsZaak(zonderKoppeling, "in-behandeling");

        assertThat(claim(gemeente, nu)).isEmpty();
        Outboxstand stand = inTransactie(() -> outbox().stand(zonderKoppeling, nu.plus(Duration.ofHours(1))));
        assertThat(stand.wachtend()).isEqualTo(2);
        assertThat(stand.laatstGelukt()).isNull();
    }

    @Test
    void the_opdracht_comes_back_as_it_was_placed() {
        Gemeentecode gemeente = nieuweGemeente();
        Zaakidentificatie zaak = Zaakidentificatie.van(Zaaksoort.INITIATIEF, UUID.randomUUID());
        Zaakopdracht opdracht = Zaakopdracht.registreer(gemeente, zaak, "ingediend", nu, "Containers Kerk-Avezaath",
                "Afval naast de containers", "Jan de Boer");
        inTransactie(() -> { outbox().plaats(opdracht, nu); return null; });

        assertThat(claim(gemeente, nu)).singleElement().extracting(Outboxregel::opdracht).isEqualTo(opdracht);
    }

    @Test
    void failures_to_reach_join_are_counted_per_gemeente_until_an_answer_starts_the_count_again() {
        Gemeentecode gemeente = nieuweGemeente();
        Gemeentecode andere = nieuweGemeente();

        assertThat(inTransactie(() -> outbox().telStoring(gemeente, nu))).satisfies(stand -> {
            assertThat(stand.fouten()).isEqualTo(1);
            assertThat(stand.eersteFoutOp()).isEqualTo(nu);
            assertThat(stand.onbereikbaar()).isFalse();
        });
        assertThat(inTransactie(() -> outbox().telStoring(gemeente, nu.plusSeconds(5)))).satisfies(stand -> {
            assertThat(stand.fouten()).isEqualTo(2);
            assertThat(stand.eersteFoutOp()).as("the first of the series").isEqualTo(nu);
        });
        assertThat(inTransactie(() -> outbox().telStoring(andere, nu)).fouten()).isEqualTo(1);
        assertThat(inTransactie(() -> outbox().bereikt(gemeente, nu.plusSeconds(6)))).as("was not unreachable").isEmpty();
        assertThat(inTransactie(() -> outbox().telStoring(gemeente, nu.plusSeconds(7))).fouten()).isEqualTo(1);
        assertThat(inTransactie(() -> outbox().onbereikbaar(Set.of(gemeente, andere)))).isEmpty();
    }

    @Test
    void while_join_is_unreachable_one_probe_at_a_time_takes_the_oldest_row_and_its_answer_makes_the_backlog_due() {
        Gemeentecode gemeente = nieuweGemeente();
        Zaakidentificatie zaak = plaatsZaak(gemeente, "in-behandeling");
        Zaakidentificatie later = plaatsZaak(gemeente);
        for (Outboxregel regel : claim(gemeente, nu)) {
            inTransactie(() -> { outbox().mislukt(regel.id(), "zaaksysteem onbereikbaar", nu.plus(Duration.ofHours(1)));
                return null; });
        }
        inTransactie(() -> outbox().telStoring(gemeente, nu));
        inTransactie(() -> { outbox().onderbreek(gemeente, nu, 0, nu.plusSeconds(10)); return null; });

        assertThat(inTransactie(() -> outbox().onbereikbaar(Set.of(gemeente)))).containsExactly(gemeente);
        assertThat(inTransactie(() -> outbox().stand(gemeente, nu)).onbereikbaarSinds()).isEqualTo(nu);
        assertThat(inTransactie(() -> outbox().claimProef(gemeente, nu.plusSeconds(9), nu.plusSeconds(70))))
                .as("not due yet").isEmpty();
        Outboxregel proef = inTransactie(() -> outbox().claimProef(gemeente, nu.plusSeconds(10), nu.plusSeconds(70)))
                .orElseThrow();
        assertThat(proef.opdracht().zaak()).as("the oldest row, its own wait notwithstanding").isEqualTo(zaak);
        assertThat(inTransactie(() -> outbox().claimProef(gemeente, nu.plusSeconds(11), nu.plusSeconds(71))))
                .as("one probe at a time").isEmpty();

        inTransactie(() -> { outbox().gelukt(proef.id(), nu.plusSeconds(12)); return null; });
        assertThat(inTransactie(() -> outbox().bereikt(gemeente, nu.plusSeconds(12)))).contains(nu);
        assertThat(inTransactie(() -> outbox().onbereikbaar(Set.of(gemeente)))).isEmpty();
        assertThat(claim(gemeente, nu.plusSeconds(12))).as("the backlog is due at once")
                .extracting(r -> r.opdracht().zaak()).containsExactly(zaak, later);
    }

    @Test
    void a_row_claimed_but_not_tried_is_released_as_if_never_claimed() {
        Gemeentecode gemeente = nieuweGemeente();
        plaatsZaak(gemeente);
        Outboxregel regel = claim(gemeente, nu).get(0);

        inTransactie(() -> { outbox().geefVrij(regel.id()); return null; });

        assertThat(claim(gemeente, nu.plusSeconds(1))).singleElement().satisfies(r -> {
            assertThat(r.pogingen()).isZero();
            assertThat(r.eerderGeprobeerd()).isFalse();
        });
    }

    @Test
    void an_undelivered_registration_takes_the_new_initiator_and_a_delivered_one_is_left_as_sent() {
        Gemeentecode gemeente = nieuweGemeente();
        Zaakidentificatie verstuurd = plaatsZaak(gemeente, "in-behandeling");
        Outboxregel registratie = claim(gemeente, nu).stream()
                .filter(r -> r.opdracht().zaak().equals(verstuurd)).findFirst().orElseThrow();
        inTransactie(() -> { outbox().gelukt(registratie.id(), nu); return null; });
        Zaakidentificatie wachtend = plaatsZaak(gemeente);

        assertThat(inTransactie(() -> outbox().vervangInitiator(verstuurd, "[verwijderd]"))).isZero();
        assertThat(inTransactie(() -> outbox().vervangInitiator(wachtend, "[verwijderd]"))).isEqualTo(1);

        assertThat(claim(gemeente, nu.plusSeconds(1)))
                .filteredOn(r -> r.opdracht().zaak().equals(wachtend)).singleElement()
                .extracting(r -> r.opdracht().initiator()).isEqualTo("[verwijderd]");
        assertThat(inTransactie(() -> outbox().vind(registratie.id())).orElseThrow().opdracht().initiator())
                .isEqualTo("Jan");
    }
}
