package nl.kernpunt.application.gebeurtenis.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kernpunt.application.gebeurtenis.Gebeurtenis;
import nl.kernpunt.application.gebeurtenis.Gebeurteniscatalogus;
import nl.kernpunt.application.gebeurtenis.port.out.Termijnmeldingen;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.InMemoryAuditspoor;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class TermijnbewakingServiceTest {

    private static final Gemeentecode BUREN = new Gemeentecode("0214");
    private final VasteKlok klok = VasteKlok.op("2026-12-04T10:00:00Z");
    private final InMemoryAuditspoor auditspoor = new InMemoryAuditspoor();
    private final Termijnmeldingen.Verlopen vraag = new Termijnmeldingen.Verlopen(BUREN, UUID.randomUUID(),
            UUID.randomUUID(), "2026-12-01T16:00:00Z");
    private final Termijnmeldingen.Verlopen bijeenkomst = new Termijnmeldingen.Verlopen(BUREN, UUID.randomUUID(),
            null, "2026-11-30");
    private final EenmaligeMeldingen meldingen = new EenmaligeMeldingen(List.of(vraag), List.of(bijeenkomst));
    private final TermijnbewakingService bewaking = new TermijnbewakingService(meldingen, auditspoor, klok);

    @Test
    void an_overdue_question_becomes_one_event_with_its_kern_and_deadline_written_by_the_system() {
        assertThat(bewaking.meldVerlopen()).isEqualTo(2);

        assertThat(meldingen.grenzen).containsExactly(klok.instant(), LocalDate.of(2026, 12, 4));
        Auditregel regel = auditspoor.van(Auditsoort.VRAAG, vraag.id()).get(0);
        assertThat(regel.door()).isEqualTo(TermijnbewakingService.DOOR);
        assertThat(regel.op()).isEqualTo(klok.instant());
        Gebeurtenis gebeurtenis = Gebeurteniscatalogus.uit(regel).orElseThrow();
        assertThat(gebeurtenis.type()).isEqualTo("nl.kernpunt.vraag.termijn-verlopen");
        assertThat(gebeurtenis.subject()).isEqualTo(vraag.id());
        assertThat(gebeurtenis.dataref()).isEqualTo("/vragen/" + vraag.id());
        assertThat(gebeurtenis.data()).isEqualTo(Map.of("kern", vraag.kern().toString(), "termijn", "2026-12-01T16:00:00Z"));
    }

    @Test
    void overdue_meeting_feedback_becomes_one_event_with_its_due_date() {
        bewaking.meldVerlopen();

        Auditregel regel = auditspoor.van(Auditsoort.BIJEENKOMST, bijeenkomst.id()).get(0);
        assertThat(regel.door()).isEqualTo(TermijnbewakingService.DOOR);
        Gebeurtenis gebeurtenis = Gebeurteniscatalogus.uit(regel).orElseThrow();
        assertThat(gebeurtenis.type()).isEqualTo("nl.kernpunt.bijeenkomst.terugkoppeling-verlopen");
        assertThat(gebeurtenis.dataref()).isEqualTo("/bijeenkomsten/" + bijeenkomst.id());
        assertThat(gebeurtenis.data()).isEqualTo(Map.of("termijn", "2026-11-30"));
    }

    @Test
    void an_item_is_reported_once_however_many_rounds_run() {
        bewaking.meldVerlopen();
        assertThat(bewaking.meldVerlopen()).isZero();

        assertThat(auditspoor.van(Auditsoort.VRAAG, vraag.id())).hasSize(1);
        assertThat(auditspoor.van(Auditsoort.BIJEENKOMST, bijeenkomst.id())).hasSize(1);
    }

    /** The port's promise in memory: a claimed item is marked and never handed out again. */
    private static final class EenmaligeMeldingen implements Termijnmeldingen {

        private final List<Verlopen> vragen;
        private final List<Verlopen> bijeenkomsten;
        private final List<Object> grenzen = new ArrayList<>();

        EenmaligeMeldingen(List<Verlopen> vragen, List<Verlopen> bijeenkomsten) {
            this.vragen = new ArrayList<>(vragen);
            this.bijeenkomsten = new ArrayList<>(bijeenkomsten);
        }

        @Override
        public List<Verlopen> claimVerlopenVragen(Instant nu, int maximum) {
            grenzen.add(nu);
            return neem(vragen, maximum);
        }

        @Override
        public List<Verlopen> claimVerlopenTerugkoppelingen(LocalDate vandaag, int maximum) {
            grenzen.add(vandaag);
            return neem(bijeenkomsten, maximum);
        }

        private static List<Verlopen> neem(List<Verlopen> open, int maximum) {
            List<Verlopen> genomen = List.copyOf(open.subList(0, Math.min(maximum, open.size())));
            open.removeAll(genomen);
            return genomen;
        }
    }
}
