package nl.kernpunt.application.indicator.port.out;

import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.contract.PortContract;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.indicator.IndicatorFilter;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.indicator.Benchmark;
import nl.kernpunt.domain.indicator.Indicator;
import nl.kernpunt.domain.indicator.IndicatorGegevens;
import nl.kernpunt.domain.indicator.Jaarwaarde;
import nl.kernpunt.domain.indicator.Meting;
import nl.kernpunt.domain.kern.KernId;
import org.junit.jupiter.api.Test;

public abstract class IndicatorRepositoryContract extends PortContract {

    protected IndicatorRepository indicatoren() {
        return poort(IndicatorRepository.class);
    }

    protected KernRepository kernen() {
        return poort(KernRepository.class);
    }

    private static IndicatorGegevens gegevens(String naam, KernId kern) {
        return new IndicatorGegevens(naam, null, "procent", "Burgerpeiling", kern,
                new Jaarwaarde(new BigDecimal("16"), 2019), new Benchmark(new BigDecimal("29"), "benchmarkgemeenten 2019"),
                new Jaarwaarde(new BigDecimal("30"), 2023));
    }

    private Indicator voegToe(Indicator indicator) {
        return inTransactie(() -> indicatoren().voegToe(indicator));
    }

    @Test
    void a_stored_figure_reads_back_exactly_with_its_measurements() {
        Indicator indicator = Indicator.nieuw(nieuweGemeente(), new IndicatorGegevens("Waardering", "Rapportcijfer",
                "rapportcijfer", "Burgerpeiling", null, new Jaarwaarde(new BigDecimal("6.0"), 2019),
                new Benchmark(new BigDecimal("6.1"), "gemiddelde Nederland"), new Jaarwaarde(new BigDecimal("7.0"), 2023)), klok);
        indicator.voegMetingToe(new Meting(LocalDate.of(2025, 10, 1), new BigDecimal("6.35"), "Burgerpeiling 2025", "Jeroen"), klok);
        voegToe(indicator);

        Indicator gelezen = inTransactie(() -> indicatoren().vind(indicator.getId())).orElseThrow();

        assertThat(gelezen.getGegevens()).isEqualTo(indicator.getGegevens());
        assertThat(gelezen.getGegevens().nulmeting().waarde()).isEqualByComparingTo("6");
        assertThat(gelezen.getMetingen()).isEqualTo(indicator.getMetingen());
    }

    @Test
    void a_name_is_unique_per_gemeente_whatever_the_case_and_a_stale_copy_is_refused() {
        Gemeentecode gemeente = nieuweGemeente();
        Indicator eerste = voegToe(Indicator.nieuw(gemeente, gegevens("Gemeente luistert", null), klok));
        voegToe(Indicator.nieuw(nieuweGemeente(), gegevens("Gemeente luistert", null), klok));

        assertThatThrownBy(() -> voegToe(Indicator.nieuw(gemeente, gegevens("gemeente LUISTERT", null), klok)))
                .isInstanceOf(RegelGeschonden.class).hasFieldOrPropertyWithValue("code", "indicator-bestaat-al");

        Indicator a = inTransactie(() -> indicatoren().vind(eerste.getId())).orElseThrow();
        Indicator b = inTransactie(() -> indicatoren().vind(eerste.getId())).orElseThrow();
        a.voegMetingToe(new Meting(LocalDate.of(2025, 1, 1), BigDecimal.TEN, null, "Jeroen"), klok);
        assertThat(inTransactie(() -> indicatoren().bewaar(a)).getVersie()).isEqualTo(1);
        b.voegMetingToe(new Meting(LocalDate.of(2025, 2, 1), BigDecimal.ONE, null, "Fatima"), klok);
        assertThatThrownBy(() -> inTransactie(() -> indicatoren().bewaar(b))).isInstanceOf(VersieVerouderd.class);
    }

    @Test
    void the_list_pages_by_name_and_a_scope_holds_the_gemeentes_figures_and_its_kerns() {
        Gemeentecode gemeente = nieuweGemeente();
        KernId kern = inTransactie(() -> kernen().voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Ingen").bouw(klok))).getId();
        Indicator c = voegToe(Indicator.nieuw(gemeente, gegevens("C", null), klok));
        Indicator a = voegToe(Indicator.nieuw(gemeente, gegevens("A", kern), klok));
        Indicator b = voegToe(Indicator.nieuw(gemeente, gegevens("B", null), klok));

        List<Indicator> alle = new ArrayList<>();
        String cursor = null;
        do {
            String huidige = cursor;
            Pagina<Indicator> pagina = inTransactie(() -> indicatoren().zoek(new IndicatorFilter(gemeente, null, null),
                    new PaginaVerzoek(huidige, 2)));
            alle.addAll(pagina.resultaten());
            cursor = pagina.volgendeCursor();
        } while (cursor != null);
        assertThat(alle).extracting(Indicator::getId).containsExactly(a.getId(), b.getId(), c.getId());

        Periode periode = Periode.halfjaarVan(LocalDate.of(2026, 1, 1));
        assertThat(inTransactie(() -> indicatoren().inBereik(new Monitoringbereik(gemeente, Optional.empty(), periode))))
                .extracting(Indicator::getId).containsExactly(b.getId(), c.getId());
        assertThat(inTransactie(() -> indicatoren().inBereik(new Monitoringbereik(gemeente, Optional.of(kern), periode))))
                .extracting(Indicator::getId).containsExactly(a.getId(), b.getId(), c.getId());
    }
}
