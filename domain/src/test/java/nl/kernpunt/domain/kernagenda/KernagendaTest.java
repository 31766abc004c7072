package nl.kernpunt.domain.kernagenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class KernagendaTest {

    private final VasteKlok klok = VasteKlok.op("2026-04-01T08:00:00Z");
    private final Kernagenda agenda = Kernagenda.leeg(KernId.nieuw(), new Gemeentecode("1960"), klok);

    private static Thema thema(String titel) {
        return new Thema(titel, null, Prioriteit.MIDDEN, "Dorpsraad", Themastatus.AFGESPROKEN, List.of());
    }

    @Test
    void a_kern_has_a_kernagenda_once_one_theme_is_agreed() {
        assertThat(agenda.heeftAgenda()).isFalse();
        agenda.stelCanvasVast(List.of(new Feit("inwoners", "2.750", "CBS", LocalDate.of(2025, 1, 1))), klok);
        assertThat(agenda.heeftAgenda()).isFalse();
        agenda.stelThemasVast(List.of(thema("Verkeer")), klok);
        assertThat(agenda.heeftAgenda()).isTrue();
    }

    @Test
    void a_theme_title_or_fact_key_appears_once_whatever_the_case() {
        assertThatThrownBy(() -> agenda.stelThemasVast(List.of(thema("Verkeer"), thema("verkeer")), klok))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "themas[1]");
        Feit feit = new Feit("Inwoners", "2.750", "CBS", LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> agenda.stelCanvasVast(List.of(feit, new Feit("inwoners", "2.800", "CBS", LocalDate.of(2026, 1, 1))), klok))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "feiten[1]");
    }
}
