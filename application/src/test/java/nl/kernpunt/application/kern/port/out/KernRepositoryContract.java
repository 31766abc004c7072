package nl.kernpunt.application.kern.port.out;

import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKernambtenaar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.contract.PortContract;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.application.kern.Kernkenmerken;
import nl.kernpunt.application.kern.Kernligging;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Functie;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.Maatwerk;
import nl.kernpunt.domain.subsidie.Bedrag;
import org.junit.jupiter.api.Test;

public abstract class KernRepositoryContract extends PortContract {

    protected KernRepository kernen() {
        return poort(KernRepository.class);
    }

    private Kern voegToe(Kern kern) {
        return inTransactie(() -> kernen().voegToe(kern));
    }

    private Kern lees(Kern kern) {
        return inTransactie(() -> kernen().vind(kern.getId())).orElseThrow();
    }

    @Test
    void a_stored_kern_reads_back_with_profile_and_function_history() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern kern = eenKern().inGemeente(gemeente.waarde()).genaamd("Zoelen").bouw(klok);

        voegToe(kern);
        Kern gelezen = lees(kern);

        assertThat(gelezen.getProfiel()).isEqualTo(kern.getProfiel());
        assertThat(gelezen.getFunctiehistorie()).isEqualTo(kern.getFunctiehistorie());
        assertThat(gelezen.getGemeente()).isEqualTo(gemeente);
        assertThat(gelezen.getVersie()).isZero();
        assertThat(inTransactie(() -> kernen().naam(kern.getId()))).contains("Zoelen");
        assertThat(inTransactie(() -> kernen().naam(eenKern().bouw(klok).getId()))).isEmpty();
    }

    @Test
    void what_initiatives_take_from_several_kernen_reads_in_one_go_as_the_aggregates_give_it() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern zoelen = voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Zoelen").zonderKernambtenaar()
                .bouw(klok));
        Kern maurik = eenKern().inGemeente(gemeente.waarde()).genaamd("Maurik").bouw(klok);
        maurik.stelMaatwerkIn(new Maatwerk(null, 45, null), klok);
        voegToe(maurik);
        // a handover: the first kernambtenaar's period ends, the successor's is the open one
        Kern overgedragen = lees(maurik);
        klok.verzet(Duration.ofDays(30));
        overgedragen.draagOver(Functie.KERNAMBTENAAR, eenKernambtenaar("Ahmed El Idrissi"), "Beheerder", "notitie", klok);
        inTransactie(() -> kernen().bewaar(overgedragen));

        List<Kernkenmerken> gelezen = inTransactie(() -> kernen().kenmerken(List.of(zoelen.getId(), maurik.getId(),
                eenKern().bouw(klok).getId())));

        assertThat(gelezen).containsExactlyInAnyOrder(Kernkenmerken.van(lees(zoelen)), Kernkenmerken.van(lees(maurik)));
        assertThat(gelezen).filteredOn(k -> k.id().equals(maurik.getId())).singleElement().satisfies(k -> {
            assertThat(k.kernambtenaar()).contains(eenKernambtenaar("Ahmed El Idrissi"));
            assertThat(k.eigenStilteDrempelDagen()).isEqualTo(45);
        });
        assertThat(gelezen).filteredOn(k -> k.id().equals(zoelen.getId())).singleElement()
                .satisfies(k -> assertThat(k.kernambtenaar()).isEmpty());
        assertThat(inTransactie(() -> kernen().kenmerken(List.of()))).isEmpty();
    }

    /** 000 "niet iedere kern is hetzelfde": the kern's own settings read back, and the filters find the thresholds. */
    @Test
    void a_kerns_maatwerk_reads_back_and_only_kernen_with_their_own_threshold_are_listed_as_such() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern eigen = eenKern().inGemeente(gemeente.waarde()).genaamd("Zoelen").bouw(klok);
        Maatwerk maatwerk = new Maatwerk(3, 60, Bedrag.van("leefbaarheidsbudget", "2600.00"));
        eigen.stelMaatwerkIn(maatwerk, klok);
        voegToe(eigen);
        voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Ravenswaaij").bouw(klok));
        Kern budgetAlleen = eenKern().inGemeente(gemeente.waarde()).genaamd("Ommeren").bouw(klok);
        budgetAlleen.stelMaatwerkIn(new Maatwerk(null, null, Bedrag.euro(1000)), klok);
        voegToe(budgetAlleen);

        assertThat(lees(eigen).getMaatwerk()).isEqualTo(maatwerk);
        assertThat(inTransactie(() -> kernen().metEigenStilteDrempel(gemeente))).extracting(Kern::getId)
                .containsExactly(eigen.getId());
        assertThat(inTransactie(() -> kernen().metEigenStilteDrempel(nieuweGemeente()))).isEmpty();
    }

    @Test
    void a_handover_is_stored_in_order_and_bumps_the_version() {
        Kern kern = voegToe(eenKern().inGemeente(nieuweGemeente().waarde()).bouw(klok));
        klok.verzet(Duration.ofDays(30));
        Kern geladen = lees(kern);

        geladen.draagOver(Functie.KERNAMBTENAAR, eenKernambtenaar("Ahmed El Idrissi"), "Beheerder", "notitie", klok);
        Kern bewaard = inTransactie(() -> kernen().bewaar(geladen));

        assertThat(bewaard.getVersie()).isEqualTo(1);
        Kern gelezen = lees(kern);
        assertThat(gelezen.getKernambtenaar()).contains(eenKernambtenaar("Ahmed El Idrissi"));
        assertThat(gelezen.getFunctiehistorie()).extracting(v -> v.persoon().naam())
                .containsExactly("Sanne de Vries", "Wethouder Jansen", "Ahmed El Idrissi");
        assertThat(gelezen.getFunctiehistorie().get(0).tot()).isEqualTo(klok.instant().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void saving_a_stale_copy_is_refused() {
        Kern kern = voegToe(eenKern().inGemeente(nieuweGemeente().waarde()).bouw(klok));
        Kern eerste = lees(kern);
        Kern tweede = lees(kern);
        eerste.wijzig(eenKern().genaamd("Eerste").profiel(), klok);
        tweede.wijzig(eenKern().genaamd("Tweede").profiel(), klok);

        inTransactie(() -> kernen().bewaar(eerste));

        assertThatThrownBy(() -> inTransactie(() -> kernen().bewaar(tweede))).isInstanceOf(VersieVerouderd.class);
        assertThat(lees(kern).getProfiel().naam()).isEqualTo("Eerste");
    }

    @Test
    void a_name_is_in_use_case_insensitively_within_one_gemeente_only() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern kern = voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Kerk-Avezaath").bouw(klok));

        assertThat(inTransactie(() -> kernen().naamInGebruik(gemeente, "kerk-avezaath", null))).isTrue();
        assertThat(inTransactie(() -> kernen().naamInGebruik(gemeente, "KERK-AVEZAATH", kern.getId()))).isFalse();
        assertThat(inTransactie(() -> kernen().naamInGebruik(nieuweGemeente(), "Kerk-Avezaath", null))).isFalse();
    }

    @Test
    void monitoring_places_the_active_kernen_by_name_and_area_as_the_aggregates_give_them() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern zoelen = voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Zoelen").bouw(klok));
        Kern asch = voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Asch").inGebied("Maurik e.o.").bouw(klok));
        Kern archief = lees(voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Erichem").bouw(klok)));
        archief.archiveer(klok);
        inTransactie(() -> kernen().bewaar(archief));
        voegToe(eenKern().inGemeente(nieuweGemeente().waarde()).genaamd("Elders").bouw(klok));
        Periode periode = Periode.halfjaarVan(LocalDate.of(2026, 3, 1));

        assertThat(inTransactie(() -> kernen().inBereik(new Monitoringbereik(gemeente, Optional.empty(), periode))))
                .containsExactly(Kernligging.van(lees(asch)), Kernligging.van(lees(zoelen)));
        assertThat(inTransactie(() -> kernen().inBereik(new Monitoringbereik(gemeente, Optional.of(zoelen.getId()),
                periode)))).containsExactly(Kernligging.van(lees(zoelen)));
    }

    @Test
    void paging_returns_every_active_kern_once_in_name_order_without_archived_ones() {
        Gemeentecode gemeente = nieuweGemeente();
        for (String naam : List.of("Zoelmond", "Asch", "Maurik", "Eck en Wiel", "Ingen")) {
            voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd(naam).bouw(klok));
        }
        Kern gearchiveerd = voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Erichem").bouw(klok));
        Kern archief = lees(gearchiveerd);
        archief.archiveer(klok);
        inTransactie(() -> kernen().bewaar(archief));

        List<String> namen = alleNamen(new KernFilter(gemeente, null, null, null, null), 2);

        assertThat(namen).containsExactly("Asch", "Eck en Wiel", "Ingen", "Maurik", "Zoelmond");
        assertThat(alleNamen(new KernFilter(gemeente, null, null, true, null), 2)).containsExactly("Erichem");
    }

    @Test
    void filters_on_area_and_text_are_case_insensitive() {
        Gemeentecode gemeente = nieuweGemeente();
        voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Kerk-Avezaath").inGebied("Buren e.o.").bouw(klok));
        voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Kapel-Avezaath").inGebied("Buren e.o.").bouw(klok));
        voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Lienden").inGebied("Lienden e.o.").bouw(klok));

        assertThat(alleNamen(new KernFilter(gemeente, null, "AVEZ", null, null), 10))
                .containsExactly("Kapel-Avezaath", "Kerk-Avezaath");
        assertThat(alleNamen(new KernFilter(gemeente, "lienden e.o.", null, null, null), 10)).containsExactly("Lienden");
        assertThat(alleNamen(new KernFilter(gemeente, null, "%", null, null), 10)).isEmpty();
    }

    @Test
    void delta_sync_lists_changes_since_a_moment_in_change_order_including_archived() {
        Gemeentecode gemeente = nieuweGemeente();
        voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Oud").bouw(klok));
        klok.verzet(Duration.ofHours(1));
        var sinds = klok.instant();
        Kern later = voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("B-later").bouw(klok));
        klok.verzet(Duration.ofHours(1));
        voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("A-laatst").bouw(klok));
        klok.verzet(Duration.ofHours(1));
        Kern archief = lees(later);
        archief.archiveer(klok);
        inTransactie(() -> kernen().bewaar(archief));

        assertThat(alleNamen(new KernFilter(gemeente, null, null, null, sinds), 1)).containsExactly("A-laatst", "B-later");
    }

    @Test
    void a_cursor_made_for_other_filters_is_refused() {
        Gemeentecode gemeente = nieuweGemeente();
        voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Een").bouw(klok));
        voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd("Twee").bouw(klok));
        String cursor = inTransactie(() -> kernen().zoek(new KernFilter(gemeente, null, null, null, null), new PaginaVerzoek(null, 1)))
                .volgendeCursor();

        assertThat(cursor).isNotNull();
        assertThatThrownBy(() -> inTransactie(() -> kernen().zoek(new KernFilter(gemeente, null, null, null, klok.instant()),
                new PaginaVerzoek(cursor, 1)))).isInstanceOf(OngeldigeWaarde.class);
        assertThatThrownBy(() -> inTransactie(() -> kernen().zoek(new KernFilter(gemeente, null, null, null, null),
                new PaginaVerzoek("geen-cursor", 1)))).isInstanceOf(OngeldigeWaarde.class);
    }

    private List<String> alleNamen(KernFilter filter, int paginaGrootte) {
        List<String> namen = new ArrayList<>();
        String cursor = null;
        do {
            String huidige = cursor;
            Pagina<Kern> pagina = inTransactie(() -> kernen().zoek(filter, new PaginaVerzoek(huidige, paginaGrootte)));
            assertThat(pagina.resultaten()).hasSizeLessThanOrEqualTo(paginaGrootte);
            pagina.resultaten().forEach(k -> namen.add(k.getProfiel().naam()));
            cursor = pagina.volgendeCursor();
        } while (cursor != null);
        return namen;
    }
}
