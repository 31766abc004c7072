package nl.kernpunt.domain.bijeenkomst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class BijeenkomstTest {

    // 23:30 UTC on 31 March is already 1 April in the Netherlands
    private final VasteKlok klok = VasteKlok.op("2026-03-31T23:30:00Z");
    private static final LocalDate VANDAAG = LocalDate.of(2026, 4, 1);

    private static BijeenkomstGegevens op(LocalDate datum) {
        return new BijeenkomstGegevens("Bewonersavond Zoelen", Bijeenkomstsoort.BEWONERSAVOND, datum,
                List.of(KernId.nieuw()), 35, List.of(), List.of(), null);
    }

    private Bijeenkomst op(LocalDate datum, int termijn) {
        return Bijeenkomst.leg(new Gemeentecode("0214"), op(datum), termijn, klok);
    }

    private static Terugkoppeling terugkoppeling(LocalDate datum) {
        return new Terugkoppeling(datum, "brief", "Wat we met uw inbreng deden", "Fatima Amrani");
    }

    @Test
    void feedback_is_due_the_term_in_calendar_days_after_the_meeting() {
        assertThat(op(LocalDate.of(2026, 3, 2), 14).getTerugkoppelingUiterlijk()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void feedback_is_overdue_only_without_feedback_and_after_the_due_date_on_the_dutch_calendar() {
        assertThat(Bijeenkomst.vandaag(klok)).isEqualTo(VANDAAG);
        assertThat(op(LocalDate.of(2026, 3, 17), 14).isTerugkoppelingVerlopen(VANDAAG)).isTrue();
        assertThat(op(LocalDate.of(2026, 3, 18), 14).isTerugkoppelingVerlopen(VANDAAG)).isFalse();

        Bijeenkomst teruggekoppeld = op(LocalDate.of(2026, 3, 1), 14);
        teruggekoppeld.legTerugkoppelingVast(terugkoppeling(LocalDate.of(2026, 3, 20)), klok);
        assertThat(teruggekoppeld.isTerugkoppelingVerlopen(VANDAAG)).isFalse();
        assertThat(teruggekoppeld.isTijdigTeruggekoppeld()).isFalse();
    }

    @Test
    void feedback_on_the_due_date_is_in_time() {
        Bijeenkomst bijeenkomst = op(LocalDate.of(2026, 3, 1), 14);
        bijeenkomst.legTerugkoppelingVast(terugkoppeling(LocalDate.of(2026, 3, 15)), klok);
        assertThat(bijeenkomst.isTijdigTeruggekoppeld()).isTrue();
    }

    @Test
    void feedback_is_recorded_once_after_the_meeting_and_not_in_the_future() {
        Bijeenkomst bijeenkomst = op(LocalDate.of(2026, 3, 10), 14);
        assertThatThrownBy(() -> bijeenkomst.legTerugkoppelingVast(terugkoppeling(LocalDate.of(2026, 3, 9)), klok))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "datum");
        assertThatThrownBy(() -> bijeenkomst.legTerugkoppelingVast(terugkoppeling(VANDAAG.plusDays(1)), klok))
                .isInstanceOf(OngeldigeWaarde.class);
        bijeenkomst.legTerugkoppelingVast(terugkoppeling(VANDAAG), klok);
        assertThatThrownBy(() -> bijeenkomst.legTerugkoppelingVast(terugkoppeling(VANDAAG), klok))
                .isInstanceOf(RegelGeschonden.class).hasMessageContaining("al vastgelegd");
    }

    @Test
    void a_meeting_still_to_come_gets_no_feedback_yet() {
        Bijeenkomst gepland = op(VANDAAG.plusDays(7), 14);
        assertThatThrownBy(() -> gepland.legTerugkoppelingVast(terugkoppeling(VANDAAG), klok))
                .isInstanceOf(RegelGeschonden.class)
                .extracting(e -> ((RegelGeschonden) e).code()).isEqualTo("bijeenkomst-nog-niet-gehouden");
    }

    @Test
    void moving_the_meeting_moves_its_due_date_under_the_current_term() {
        Bijeenkomst bijeenkomst = op(LocalDate.of(2026, 3, 2), 14);
        klok.verzet(Duration.ofHours(1));
        bijeenkomst.wijzig(op(LocalDate.of(2026, 3, 5)), 21, klok);
        assertThat(bijeenkomst.getTerugkoppelingUiterlijk()).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(bijeenkomst.getGewijzigdOp()).isEqualTo(klok.instant());
    }

    @Test
    void a_meeting_needs_a_kern() {
        assertThatThrownBy(() -> new BijeenkomstGegevens("Overlegtafel", Bijeenkomstsoort.OVERLEGTAFEL,
                VANDAAG, List.of(), null, null, null, null))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "kernen");
    }
}
