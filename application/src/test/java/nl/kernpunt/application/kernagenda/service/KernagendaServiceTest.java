package nl.kernpunt.application.kernagenda.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenMedewerkerVan;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.kernpunt.application.bijeenkomst.port.out.InMemoryBijeenkomstRepository;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.InMemoryAuditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.initiatief.port.out.InMemoryInitiatiefRepository;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kernagenda.port.in.StelKernagendaVastUseCase;
import nl.kernpunt.application.kernagenda.port.out.InMemoryKernagendaRepository;
import nl.kernpunt.application.traject.port.out.InMemoryParticipatietrajectRepository;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstGegevens;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomstsoort;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kernagenda.Kernagenda;
import nl.kernpunt.domain.kernagenda.Koppeling;
import nl.kernpunt.domain.kernagenda.Prioriteit;
import nl.kernpunt.domain.kernagenda.Thema;
import nl.kernpunt.domain.kernagenda.Themastatus;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class KernagendaServiceTest {

    private final VasteKlok klok = VasteKlok.op("2026-04-01T10:00:00Z");
    private final InMemoryKernRepository kernen = new InMemoryKernRepository();
    private final InMemoryBijeenkomstRepository bijeenkomsten = new InMemoryBijeenkomstRepository();
    private final InMemoryAuditspoor auditspoor = new InMemoryAuditspoor();
    private final KernagendaService service = new KernagendaService(new InMemoryKernagendaRepository(kernen), kernen,
            new InMemoryInitiatiefRepository(), new InMemoryParticipatietrajectRepository(), bijeenkomsten, auditspoor, klok);
    private final Gebruiker medewerker = eenMedewerkerVan("1960");
    private final Kern tricht = kernen.voegToe(eenKern().inGemeente("1960").genaamd("Tricht").bouw(klok));

    private static Thema thema(String titel, Koppeling... koppelingen) {
        return new Thema(titel, null, Prioriteit.HOOG, "Dorpsraad Tricht", Themastatus.AFGESPROKEN, List.of(koppelingen));
    }

    private Kernagenda stelVast(long versie, Thema... themas) {
        return service.stelThemasVast(new StelKernagendaVastUseCase.ThemasCommand(medewerker, tricht.getId(), versie,
                List.of(themas))).kernagenda();
    }

    @Test
    void an_unwritten_agenda_reads_empty_at_version_0_and_the_first_write_makes_it_1() {
        assertThat(service.lees(tricht.getId(), medewerker).kernagenda().getVersie()).isZero();

        Kernagenda agenda = stelVast(0, thema("Verkeer"));

        assertThat(agenda.getVersie()).isEqualTo(1);
        assertThat(agenda.heeftAgenda()).isTrue();
        assertThatThrownBy(() -> stelVast(0, thema("Groen"))).isInstanceOf(VersieVerouderd.class);
        assertThat(service.audit(tricht.getId(), medewerker)).extracting(Auditregel::actie).containsExactly("themas-vastgesteld");
    }

    @Test
    void a_link_must_be_work_of_the_same_gemeente() {
        Bijeenkomst eigen = bijeenkomsten.voegToe(Bijeenkomst.leg(new Gemeentecode("1960"), new BijeenkomstGegevens(
                "Overlegtafel", Bijeenkomstsoort.OVERLEGTAFEL, LocalDate.of(2026, 3, 1), List.of(tricht.getId()), null,
                List.of(), List.of(), null), 14, klok));
        Bijeenkomst ander = bijeenkomsten.voegToe(Bijeenkomst.leg(new Gemeentecode("0214"), new BijeenkomstGegevens(
                "Bewonersavond", Bijeenkomstsoort.BEWONERSAVOND, LocalDate.of(2026, 3, 1), List.of(tricht.getId()), null,
                List.of(), List.of(), null), 14, klok));

        assertThatThrownBy(() -> stelVast(0, thema("Verkeer"), thema("Groen",
                new Koppeling(Koppeling.Soort.BIJEENKOMST, ander.getId().waarde()))))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "themas[1].koppelingen");
        assertThat(stelVast(0, thema("Verkeer", new Koppeling(Koppeling.Soort.BIJEENKOMST, eigen.getId().waarde())))
                .getThemas()).hasSize(1);
    }

    @Test
    void another_gemeentes_kern_is_not_found() {
        assertThatThrownBy(() -> service.lees(tricht.getId(), eenMedewerkerVan("0214"))).isInstanceOf(NietGevonden.class)
                .hasFieldOrPropertyWithValue("code", "kern-niet-gevonden");
    }
}
