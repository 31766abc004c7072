package nl.kernpunt.application.bijeenkomst.port.out;

import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import nl.kernpunt.application.bijeenkomst.BijeenkomstFilter;
import nl.kernpunt.application.bijeenkomst.Bijeenkomstcijfers;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.contract.PortContract;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstGegevens;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomstsoort;
import nl.kernpunt.domain.bijeenkomst.Terugkoppeling;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import org.junit.jupiter.api.Test;

public abstract class BijeenkomstRepositoryContract extends PortContract {

    /** The contract's clock reads 2026-04-01. */
    private static final LocalDate VANDAAG = LocalDate.of(2026, 4, 1);

    protected BijeenkomstRepository bijeenkomsten() {
        return poort(BijeenkomstRepository.class);
    }

    protected KernRepository kernen() {
        return poort(KernRepository.class);
    }

    private Kern kernIn(Gemeentecode gemeente, String naam) {
        return inTransactie(() -> kernen().voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd(naam).bouw(klok)));
    }

    private Bijeenkomst voegToe(Bijeenkomst bijeenkomst) {
        return inTransactie(() -> bijeenkomsten().voegToe(bijeenkomst));
    }

    private static BijeenkomstGegevens gegevens(LocalDate datum, KernId... kernen) {
        return new BijeenkomstGegevens("Bewonersavond " + datum, Bijeenkomstsoort.BEWONERSAVOND, datum, List.of(kernen),
                42, List.of(UUID.randomUUID()), List.of(), "Verslag: zorgen over de Steenweg");
    }

    private Bijeenkomst bijeenkomst(Gemeentecode gemeente, LocalDate datum, LocalDate teruggekoppeld, KernId... kernen) {
        Bijeenkomst b = Bijeenkomst.leg(gemeente, gegevens(datum, kernen), 14, klok);
        if (teruggekoppeld != null) {
            b.legTerugkoppelingVast(new Terugkoppeling(teruggekoppeld, "brief", "Wat we deden", "Fatima Amrani"), klok);
        }
        return b;
    }

    @Test
    void a_stored_meeting_reads_back_with_its_kernen_links_due_date_and_feedback() {
        Gemeentecode gemeente = nieuweGemeente();
        KernId ingen = kernIn(gemeente, "Ingen").getId();
        KernId zoelen = kernIn(gemeente, "Zoelen").getId();
        Bijeenkomst bijeenkomst = bijeenkomst(gemeente, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 10), ingen, zoelen);

        voegToe(bijeenkomst);
        Bijeenkomst gelezen = inTransactie(() -> bijeenkomsten().vind(bijeenkomst.getId())).orElseThrow();

        assertThat(gelezen.getGegevens()).isEqualTo(bijeenkomst.getGegevens());
        assertThat(gelezen.getTerugkoppelingUiterlijk()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(gelezen.getTerugkoppeling()).isEqualTo(bijeenkomst.getTerugkoppeling());
        assertThat(gelezen.getVersie()).isZero();
    }

    @Test
    void saving_a_stale_copy_is_refused_and_a_save_bumps_the_version() {
        Gemeentecode gemeente = nieuweGemeente();
        KernId kern = kernIn(gemeente, "Ingen").getId();
        Bijeenkomst opgeslagen = voegToe(bijeenkomst(gemeente, LocalDate.of(2026, 3, 2), null, kern));
        Bijeenkomst eerste = inTransactie(() -> bijeenkomsten().vind(opgeslagen.getId())).orElseThrow();
        Bijeenkomst tweede = inTransactie(() -> bijeenkomsten().vind(opgeslagen.getId())).orElseThrow();

        eerste.legTerugkoppelingVast(new Terugkoppeling(VANDAAG, "dorpskrant", "Samenvatting", "Jeroen"), klok);
        assertThat(inTransactie(() -> bijeenkomsten().bewaar(eerste)).getVersie()).isEqualTo(1);

        tweede.wijzig(gegevens(LocalDate.of(2026, 3, 3), kern), 14, klok);
        assertThatThrownBy(() -> inTransactie(() -> bijeenkomsten().bewaar(tweede))).isInstanceOf(VersieVerouderd.class);
    }

    @Test
    void the_list_filters_on_kern_period_and_overdue_feedback_and_pages_by_day() {
        Gemeentecode gemeente = nieuweGemeente();
        KernId ingen = kernIn(gemeente, "Ingen").getId();
        KernId zoelen = kernIn(gemeente, "Zoelen").getId();
        Bijeenkomst verlopen = voegToe(bijeenkomst(gemeente, LocalDate.of(2026, 3, 1), null, ingen));
        Bijeenkomst teruggekoppeld = voegToe(bijeenkomst(gemeente, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5), ingen, zoelen));
        Bijeenkomst nogBinnenTermijn = voegToe(bijeenkomst(gemeente, LocalDate.of(2026, 3, 25), null, zoelen));
        voegToe(bijeenkomst(nieuweGemeente(), LocalDate.of(2026, 3, 1), null, kernIn(nieuweGemeente(), "Elders").getId()));

        assertThat(ids(new BijeenkomstFilter(gemeente, null, null, null, null)))
                .containsExactly(verlopen.getId().waarde(), teruggekoppeld.getId().waarde(), nogBinnenTermijn.getId().waarde());
        assertThat(ids(new BijeenkomstFilter(gemeente, zoelen, null, null, null)))
                .containsExactly(teruggekoppeld.getId().waarde(), nogBinnenTermijn.getId().waarde());
        assertThat(ids(new BijeenkomstFilter(gemeente, null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 25), null)))
                .containsExactly(teruggekoppeld.getId().waarde());
        assertThat(ids(new BijeenkomstFilter(gemeente, null, null, null, VANDAAG)))
                .containsExactly(verlopen.getId().waarde());
    }

    private List<UUID> ids(BijeenkomstFilter filter) {
        List<UUID> ids = new ArrayList<>();
        String cursor = null;
        do {
            String huidige = cursor;
            Pagina<Bijeenkomst> pagina = inTransactie(() -> bijeenkomsten().zoek(filter, new PaginaVerzoek(huidige, 1)));
            pagina.resultaten().forEach(b -> ids.add(b.getId().waarde()));
            cursor = pagina.volgendeCursor();
        } while (cursor != null);
        return ids;
    }

    /** A seeded loop: the SQL aggregate equals a count made here over the same generated meetings. */
    @Test
    void the_monitoring_counts_match_a_count_made_in_the_test() {
        Gemeentecode gemeente = nieuweGemeente();
        KernId ingen = kernIn(gemeente, "Ingen").getId();
        KernId zoelen = kernIn(gemeente, "Zoelen").getId();
        Random random = new Random(5);
        List<Bijeenkomst> alle = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            LocalDate datum = LocalDate.of(2025, 11, 1).plusDays(random.nextInt(170));
            KernId[] kernen = random.nextBoolean() ? new KernId[] {ingen} : new KernId[] {ingen, zoelen};
            LocalDate terugkoppeling = null;
            if (!datum.isAfter(VANDAAG) && random.nextInt(3) > 0) {
                LocalDate kandidaat = datum.plusDays(random.nextInt(30));
                terugkoppeling = kandidaat.isAfter(VANDAAG) ? VANDAAG : kandidaat;
            }
            alle.add(voegToe(bijeenkomst(gemeente, datum, terugkoppeling, kernen)));
        }
        Periode periode = Periode.halfjaarVan(LocalDate.of(2026, 1, 1));

        for (Optional<KernId> kern : List.of(Optional.<KernId>empty(), Optional.of(zoelen))) {
            List<Bijeenkomst> inBereik = alle.stream()
                    .filter(b -> periode.bevat(b.getGegevens().datum()) && !b.getGegevens().datum().isAfter(VANDAAG))
                    .filter(b -> kern.map(b.getGegevens().kernen()::contains).orElse(true))
                    .toList();
            Bijeenkomstcijfers verwacht = new Bijeenkomstcijfers(inBereik.size(),
                    inBereik.stream().filter(Bijeenkomst::isTijdigTeruggekoppeld).count(),
                    inBereik.stream().filter(b -> b.isTerugkoppelingVerlopen(VANDAAG)).count());

            Bijeenkomstcijfers geteld = inTransactie(() -> bijeenkomsten().tel(new Monitoringbereik(gemeente, kern, periode), VANDAAG));

            assertThat(geteld).isEqualTo(verwacht);
            assertThat(geteld.gehouden()).isPositive();
        }
    }
}
