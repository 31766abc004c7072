package nl.kernpunt.application.zaaksysteem.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import nl.kernpunt.application.zaaksysteem.Herhaalbeleid;
import nl.kernpunt.application.zaaksysteem.Outboxstand;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.application.zaaksysteem.Zaaksoort;
import nl.kernpunt.application.zaaksysteem.Zaakstand;
import nl.kernpunt.application.zaaksysteem.ZaaksysteemFout;
import nl.kernpunt.application.zaaksysteem.port.out.InMemoryZaakOutbox;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakRegistratiePort;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class ZaakDispatcherTest {

    private static final Gemeentecode BUREN = new Gemeentecode("0214");
    private static final Gemeentecode TIEL = new Gemeentecode("0281");

    private final VasteKlok klok = VasteKlok.op("2026-05-04T10:00:00Z");
    private final InMemoryZaakOutbox outbox = new InMemoryZaakOutbox();
    private final NepZaaksysteem zaaksysteem = new NepZaaksysteem();
    private final Herhaalbeleid beleid = new Herhaalbeleid(Duration.ofSeconds(1), Duration.ofMinutes(5), 3,
            Duration.ofMinutes(2), 10, 3, 0);
    private final ZaakDispatcher dispatcher = new ZaakDispatcher(new ZaakOutboxService(outbox, beleid), zaaksysteem,
            beleid, klok);

    private Zaakidentificatie plaats(String... statussen) {
        Zaakidentificatie zaak = Zaakidentificatie.van(Zaaksoort.INITIATIEF, UUID.randomUUID());
        outbox.plaats(Zaakopdracht.registreer(BUREN, zaak, "ingediend", klok.instant(), "t", "o", "Jan"), klok.instant());
        for (String status : statussen) {
            outbox.plaats(Zaakopdracht.status(BUREN, zaak, status, klok.instant(), null), klok.instant());
        }
        return zaak;
    }

    @Test
    void every_zaak_receives_its_opdrachten_in_the_order_they_were_placed() {
        Zaakidentificatie een = plaats("in-behandeling", "rol-bepaald", "in-uitvoering", "afgerond");
        Zaakidentificatie twee = plaats("in-behandeling", "afgewezen");

        dispatcher.verwerkAlles();

        assertThat(zaaksysteem.ontvangen(een)).containsExactly("ingediend", "in-behandeling", "rol-bepaald",
                "in-uitvoering", "afgerond");
        assertThat(zaaksysteem.ontvangen(twee)).containsExactly("ingediend", "in-behandeling", "afgewezen");
    }

    @Test
    void a_temporary_failure_is_retried_after_a_growing_wait_and_marked_as_a_retry() {
        Zaakidentificatie zaak = plaats();
        zaaksysteem.faalt.add(ZaaksysteemFout.Aard.TIJDELIJK);

        dispatcher.verwerkAlles();
        assertThat(zaaksysteem.ontvangen(zaak)).isEmpty();
        assertThat(outbox.stand(BUREN, klok.instant()).opnieuw()).isEqualTo(1);

        klok.verzet(Duration.ofSeconds(1));
        dispatcher.verwerkAlles();
        assertThat(zaaksysteem.ontvangen(zaak)).containsExactly("ingediend");
        assertThat(zaaksysteem.eerderGeprobeerd).containsExactly(false, true);
    }

    @Test
    void a_row_join_cannot_serve_is_parked_after_the_configured_failures_and_a_refusal_at_once() {
        Zaakidentificatie telkensMislukt = plaats("in-behandeling");
        zaaksysteem.faalt.addAll(List.of(ZaaksysteemFout.Aard.TIJDELIJK, ZaaksysteemFout.Aard.TIJDELIJK,
                ZaaksysteemFout.Aard.TIJDELIJK));
        for (int i = 0; i < 3; i++) {
            dispatcher.verwerkAlles();
            klok.verzet(Duration.ofMinutes(5));
        }
        assertThat(outbox.geparkeerd(BUREN)).singleElement().satisfies(p -> {
            assertThat(p.opdracht().zaak()).isEqualTo(telkensMislukt);
            assertThat(p.pogingen()).isEqualTo(3);
        });

        Zaakidentificatie geweigerd = plaats();
        zaaksysteem.faalt.add(ZaaksysteemFout.Aard.BLIJVEND);
        dispatcher.verwerkAlles();
        assertThat(outbox.geparkeerd(BUREN)).hasSize(2);
        assertThat(zaaksysteem.ontvangen(geweigerd)).isEmpty();
        assertThat(zaaksysteem.ontvangen(telkensMislukt)).as("held back behind its parked row").isEmpty();
    }

    @Test
    void an_unreachable_join_parks_nothing_gets_one_probe_at_a_time_and_the_backlog_drains_in_order_after() {
        List<Zaakidentificatie> voor = List.of(plaats("in-behandeling"), plaats("in-behandeling", "afgerond"));
        Zaakidentificatie elders = Zaakidentificatie.van(Zaaksoort.INITIATIEF, UUID.randomUUID());
        Instant plat = klok.instant();
        zaaksysteem.plat.add(BUREN);

        // four hours, the dispatcher running every 5 seconds, a new zaak every 10 minutes, another
        // gemeente delivering throughout
        List<Zaakidentificatie> tijdens = new ArrayList<>();
        for (int seconden = 0; seconden < 4 * 3600; seconden += 5) {
            if (seconden % 600 == 0) {
                tijdens.add(plaats("in-behandeling"));
                outbox.plaats(Zaakopdracht.status(TIEL, elders, "stap-" + seconden, klok.instant(), null), klok.instant());
            }
            dispatcher.verwerkAlles();
            klok.verzet(Duration.ofSeconds(5));
        }
        Outboxstand tijdensStoring = outbox.stand(BUREN, klok.instant());
        int aanroepenTijdens = zaaksysteem.aanroepen(BUREN);

        assertThat(outbox.geparkeerd(BUREN)).as("nothing parked").isEmpty();
        assertThat(tijdensStoring.onbereikbaarSinds()).isEqualTo(plat);
        // three to open the circuit, then one probe per wait: 1 s doubling to 5 min, half of it jitter
        assertThat(aanroepenTijdens).isBetween(3 + 4 * 3600 / 310, 3 + 4 * 3600 / 150 + 10);
        assertThat(zaaksysteem.ontvangen(elders)).as("the other gemeente kept delivering").hasSize(24);

        zaaksysteem.plat.clear();
        klok.verzet(Duration.ofMinutes(5));
        dispatcher.verwerkAlles();

        assertThat(outbox.stand(BUREN, klok.instant())).satisfies(stand -> {
            assertThat(stand.onbereikbaarSinds()).isNull();
            assertThat(stand.wachtend() + stand.opnieuw() + stand.geparkeerd()).isZero();
        });
        assertThat(zaaksysteem.ontvangen(voor.get(1))).containsExactly("ingediend", "in-behandeling", "afgerond");
        assertThat(tijdens).allSatisfy(zaak -> assertThat(zaaksysteem.ontvangen(zaak))
                .containsExactly("ingediend", "in-behandeling"));
    }

    @Test
    void the_circuit_opens_only_after_consecutive_failures_an_answer_in_between_starts_the_count_again() {
        plaats("in-behandeling", "afgerond");
        plaats();
        zaaksysteem.faalt.addAll(List.of(ZaaksysteemFout.Aard.ONBEREIKBAAR, ZaaksysteemFout.Aard.ONBEREIKBAAR));
        dispatcher.verwerkAlles();
        assertThat(outbox.stand(BUREN, klok.instant()).onbereikbaarSinds()).isNull();

        klok.verzet(Duration.ofMinutes(5));
        zaaksysteem.faalt.addAll(List.of(ZaaksysteemFout.Aard.BLIJVEND, ZaaksysteemFout.Aard.ONBEREIKBAAR,
                ZaaksysteemFout.Aard.ONBEREIKBAAR));
        dispatcher.verwerkAlles();
        assertThat(outbox.stand(BUREN, klok.instant()).onbereikbaarSinds()).as("a refusal is an answer").isNull();
    }

    @Test
    void a_row_is_not_started_after_the_first_half_of_its_lease_so_no_other_instance_can_have_taken_it_over() {
        Zaakidentificatie een = plaats();
        Zaakidentificatie twee = plaats();
        Zaakidentificatie drie = plaats();
        zaaksysteem.duurt = Duration.ofSeconds(40);

        assertThat(dispatcher.verwerk()).isEqualTo(new ZaakDispatcher.Ronde(3, 2));
        assertThat(zaaksysteem.ontvangen(een)).containsExactly("ingediend");
        assertThat(zaaksysteem.ontvangen(twee)).containsExactly("ingediend");
        assertThat(zaaksysteem.ontvangen(drie)).as("80 s into a 2-minute lease").isEmpty();
        assertThat(outbox.stand(BUREN, klok.instant()).wachtend()).as("released untried").isEqualTo(1);

        dispatcher.verwerk();
        assertThat(zaaksysteem.ontvangen(drie)).containsExactly("ingediend");
        assertThat(zaaksysteem.eerderGeprobeerd).containsExactly(false, false, false);
    }

    @Test
    void without_a_configured_case_system_rows_wait_untouched() {
        plaats("in-behandeling");
        zaaksysteem.gemeenten = Set.of();

        assertThat(dispatcher.verwerkAlles().geclaimd()).isZero();
        assertThat(outbox.stand(BUREN, klok.instant()).wachtend()).isEqualTo(2);
    }

    @Test
    void the_backoff_doubles_up_to_the_maximum_with_at_most_half_taken_off_as_jitter() {
        SplittableRandom toeval = new SplittableRandom(42);
        for (int geval = 0; geval < 1000; geval++) {
            int pogingen = 1 + toeval.nextInt(40);
            long volle = Math.min(Duration.ofMinutes(5).toMillis(), 1000L << Math.min(pogingen - 1, 30));
            long wacht = beleid.wachttijd(pogingen, toeval).toMillis();
            assertThat(wacht).isBetween(volle / 2, volle);
        }
    }

    /** Records what arrived per zaak; fails the next calls as queued, and every call to a gemeente that is down. */
    private final class NepZaaksysteem implements ZaakRegistratiePort {
        Set<Gemeentecode> gemeenten = Set.of(BUREN, TIEL);
        final Set<Gemeentecode> plat = new HashSet<>();
        final Deque<ZaaksysteemFout.Aard> faalt = new ArrayDeque<>();
        final List<Boolean> eerderGeprobeerd = new ArrayList<>();
        private final List<Zaakopdracht> ontvangen = new ArrayList<>();
        private final Map<Gemeentecode, Integer> aanroepen = new HashMap<>();
        /** How long each call takes on the test's clock. */
        Duration duurt = Duration.ZERO;

        @Override
        public Set<Gemeentecode> ingesteldeGemeenten() {
            return gemeenten;
        }

        @Override
        public void voerUit(Zaakopdracht opdracht, boolean eerder) {
            eerderGeprobeerd.add(eerder);
            klok.verzet(duurt);
            aanroepen.merge(opdracht.gemeente(), 1, Integer::sum);
            ZaaksysteemFout.Aard fout = plat.contains(opdracht.gemeente()) ? ZaaksysteemFout.Aard.ONBEREIKBAAR : faalt.poll();
            if (fout != null) {
                throw new ZaaksysteemFout(fout.name(), fout, null);
            }
            ontvangen.add(opdracht);
        }

        int aanroepen(Gemeentecode gemeente) {
            return aanroepen.getOrDefault(gemeente, 0);
        }

        List<String> ontvangen(Zaakidentificatie zaak) {
            return ontvangen.stream().filter(o -> o.zaak().equals(zaak)).map(Zaakopdracht::status).toList();
        }

        @Override
        public Optional<Zaakstand> lees(Gemeentecode gemeente, Zaakidentificatie zaak) {
            return Optional.empty();
        }

        @Override
        public Optional<Zaakstand> leesStatus(Gemeentecode gemeente, String statusUrl) {
            return Optional.empty();
        }

        @Override
        public boolean vertrouwtNotificatie(Gemeentecode gemeente, String token) {
            return false;
        }
    }
}
