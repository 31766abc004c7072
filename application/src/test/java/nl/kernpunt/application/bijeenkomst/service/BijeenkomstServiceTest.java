package nl.kernpunt.application.bijeenkomst.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenMedewerkerVan;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.application.bijeenkomst.BijeenkomstFilter;
import nl.kernpunt.application.bijeenkomst.port.in.GelezenBijeenkomst;
import nl.kernpunt.application.bijeenkomst.port.in.LegBijeenkomstVastUseCase;
import nl.kernpunt.application.bijeenkomst.port.in.LegTerugkoppelingVastUseCase;
import nl.kernpunt.application.bijeenkomst.port.in.WijzigBijeenkomstUseCase;
import nl.kernpunt.application.bijeenkomst.port.out.InMemoryBijeenkomstRepository;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.InMemoryAuditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;
import nl.kernpunt.application.initiatief.port.out.InMemoryInitiatiefRepository;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.traject.port.out.InMemoryParticipatietrajectRepository;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstGegevens;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomstsoort;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BijeenkomstServiceTest {

    private final VasteKlok klok = VasteKlok.op("2026-04-01T10:00:00Z");
    private final InMemoryGemeenteRepository gemeenten = new InMemoryGemeenteRepository();
    private final InMemoryKernRepository kernen = new InMemoryKernRepository();
    private final InMemoryBijeenkomstRepository bijeenkomsten = new InMemoryBijeenkomstRepository();
    private final InMemoryAuditspoor auditspoor = new InMemoryAuditspoor();
    private final BijeenkomstService service = new BijeenkomstService(bijeenkomsten, kernen,
            new InMemoryInitiatiefRepository(), new InMemoryParticipatietrajectRepository(), gemeenten, auditspoor, klok);
    private final BijeenkomstQueryService query = new BijeenkomstQueryService(bijeenkomsten, auditspoor, klok);
    private final Gebruiker medewerker = eenMedewerkerVan("0214");
    private Kern zoelen;
    private Kern geldermalsen;

    @BeforeEach
    void tweeGemeenten() {
        // Buren chose a feedback term of ten days here, to see that the gemeente's own term applies
        gemeenten.voegToe(Gemeente.registreer(new Gemeentecode("0214"), "Buren", new Rsin("001000007"),
                new GemeenteInstellingen(7, 10, 28), klok));
        gemeenten.voegToe(Gemeente.registreer(new Gemeentecode("1960"), "West Betuwe", new Rsin("002220647"), null, klok));
        zoelen = kernen.voegToe(eenKern().inGemeente("0214").genaamd("Zoelen").bouw(klok));
        geldermalsen = kernen.voegToe(eenKern().inGemeente("1960").genaamd("Geldermalsen").bouw(klok));
    }

    private static BijeenkomstGegevens gegevens(LocalDate datum, KernId kern, List<UUID> initiatieven) {
        return new BijeenkomstGegevens("Toekomst dorpshuis", Bijeenkomstsoort.BEWONERSAVOND, datum, List.of(kern), 60,
                initiatieven, List.of(), "Verslag met namen van sprekers");
    }

    private Bijeenkomst legVast(LocalDate datum) {
        return service.legVast(new LegBijeenkomstVastUseCase.Command(medewerker, gegevens(datum, zoelen.getId(), List.of())))
                .bijeenkomst();
    }

    @Test
    void the_due_date_follows_the_gemeentes_own_term_and_the_trail_keeps_no_minutes() {
        Bijeenkomst bijeenkomst = legVast(LocalDate.of(2026, 3, 2));

        assertThat(bijeenkomst.getTerugkoppelingUiterlijk()).isEqualTo(LocalDate.of(2026, 3, 12));
        List<Auditregel> spoor = query.audit(bijeenkomst.getId(), medewerker);
        assertThat(spoor).extracting(Auditregel::actie).containsExactly("vastgelegd");
        assertThat(spoor.get(0).gegevens()).containsEntry("verslag", "true").doesNotContainValue("Verslag met namen van sprekers");
    }

    @Test
    void overdue_meetings_are_listed_until_the_feedback_is_recorded() {
        Bijeenkomst verlopen = legVast(LocalDate.of(2026, 3, 2));
        legVast(LocalDate.of(2026, 3, 30));
        BijeenkomstFilter geen = new BijeenkomstFilter(null, null, null, null, null);

        assertThat(query.zoek(geen, true, PaginaVerzoek.van(null, null), medewerker).resultaten())
                .extracting(g -> g.bijeenkomst().getId()).containsExactly(verlopen.getId());
        assertThat(query.lees(verlopen.getId(), medewerker).terugkoppelingVerlopen()).isTrue();

        GelezenBijeenkomst teruggekoppeld = service.legTerugkoppelingVast(new LegTerugkoppelingVastUseCase.Command(medewerker,
                verlopen.getId(), verlopen.getVersie(), LocalDate.of(2026, 4, 1), "dorpskrant", "Het dorpshuis blijft open"));

        assertThat(teruggekoppeld.bijeenkomst().isTijdigTeruggekoppeld()).isFalse();
        assertThat(teruggekoppeld.terugkoppelingVerlopen()).isFalse();
        assertThat(query.zoek(geen, true, PaginaVerzoek.van(null, null), medewerker).resultaten()).isEmpty();
        assertThat(query.audit(verlopen.getId(), medewerker)).extracting(Auditregel::actie)
                .containsExactly("vastgelegd", "teruggekoppeld");
    }

    @Test
    void another_gemeentes_kern_initiative_or_traject_is_refused_naming_the_field() {
        assertThatThrownBy(() -> service.legVast(new LegBijeenkomstVastUseCase.Command(medewerker,
                gegevens(LocalDate.of(2026, 3, 2), geldermalsen.getId(), List.of()))))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "kernen");
        assertThatThrownBy(() -> service.legVast(new LegBijeenkomstVastUseCase.Command(medewerker,
                gegevens(LocalDate.of(2026, 3, 2), zoelen.getId(), List.of(UUID.randomUUID())))))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "initiatieven");
        BijeenkomstGegevens metTraject = new BijeenkomstGegevens("Startbijeenkomst", Bijeenkomstsoort.STARTBIJEENKOMST,
                LocalDate.of(2026, 3, 2), List.of(zoelen.getId()), null, List.of(), List.of(UUID.randomUUID()), null);
        assertThatThrownBy(() -> service.legVast(new LegBijeenkomstVastUseCase.Command(medewerker, metTraject)))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "trajecten");
    }

    @Test
    void another_gemeentes_meeting_is_not_found_and_a_stale_version_is_refused() {
        Bijeenkomst bijeenkomst = legVast(LocalDate.of(2026, 3, 2));

        assertThatThrownBy(() -> query.lees(bijeenkomst.getId(), eenMedewerkerVan("1960"))).isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> service.wijzig(new WijzigBijeenkomstUseCase.Command(eenMedewerkerVan("1960"),
                bijeenkomst.getId(), 0, gegevens(LocalDate.of(2026, 3, 3), geldermalsen.getId(), List.of()))))
                .isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> service.wijzig(new WijzigBijeenkomstUseCase.Command(medewerker,
                bijeenkomst.getId(), 7, gegevens(LocalDate.of(2026, 3, 3), zoelen.getId(), List.of()))))
                .isInstanceOf(VersieVerouderd.class);
    }
}
