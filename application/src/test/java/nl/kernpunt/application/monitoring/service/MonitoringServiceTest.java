package nl.kernpunt.application.monitoring.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenKernambtenaarVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenMedewerkerVan;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.kernpunt.application.bijeenkomst.port.out.InMemoryBijeenkomstRepository;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.indicator.port.out.InMemoryIndicatorRepository;
import nl.kernpunt.application.initiatief.port.out.InMemoryInitiatiefRepository;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kernagenda.port.out.InMemoryKernagendaRepository;
import nl.kernpunt.application.monitoring.port.in.Monitoring;
import nl.kernpunt.application.monitoring.port.in.MonitoringQuery.Vraag;
import nl.kernpunt.application.monitoring.port.out.InMemoryStreefcijferRepository;
import nl.kernpunt.application.monitoring.port.out.Wijzigingspeiling.Peiling;
import nl.kernpunt.application.subsidie.port.out.InMemorySubsidieRepository;
import nl.kernpunt.application.subsidie.port.out.InMemorySubsidieregelingRepository;
import nl.kernpunt.application.traject.port.out.InMemoryParticipatietrajectRepository;
import nl.kernpunt.application.vraag.port.out.InMemoryVraagRepository;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class MonitoringServiceTest {

    /** 31 December 2026, 23:30 in Amsterdam: still the second half year there, already 2027 nowhere yet. */
    private final VasteKlok klok = VasteKlok.op("2026-12-31T22:30:00Z");
    private final InMemoryKernRepository kernen = new InMemoryKernRepository();
    private final AtomicLong wijzigingen = new AtomicLong();
    private final AtomicLong vandaagVerlopen = new AtomicLong();
    /** Whether the probe says nothing changed; else every read is a change, so every read computes. */
    private boolean ongewijzigd;
    private final MonitoringService monitoring = new MonitoringService(new InMemoryInitiatiefRepository(),
            new InMemoryParticipatietrajectRepository(), kernen, new InMemoryKernagendaRepository(kernen),
            new InMemoryVraagRepository(), new InMemoryBijeenkomstRepository(),
            new InMemorySubsidieRepository(new InMemorySubsidieregelingRepository(), kernen), bereik -> List.of(),
            new InMemoryStreefcijferRepository(), new InMemoryIndicatorRepository(),
            // the in-memory repositories book no changes: the probe stands in for the database's
            (bereik, nu) -> new Peiling(ongewijzigd ? wijzigingen.get() : wijzigingen.incrementAndGet(),
                    vandaagVerlopen.get()), klok);
    private final Kern zoelen = kernen.voegToe(eenKern().inGemeente("0214").genaamd("Zoelen").bouw(klok));

    @Test
    void without_parameters_the_scope_is_the_readers_gemeente_and_the_current_half_year_in_the_netherlands() {
        Monitoring cijfers = monitoring.lees(new Vraag(null, null, null, null), eenMedewerkerVan("0214"));

        assertThat(cijfers.bereik().gemeente()).isEqualTo(new Gemeentecode("0214"));
        assertThat(cijfers.bereik().kern()).isEmpty();
        assertThat(cijfers.bereik().periode()).isEqualTo(new Periode(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1)));
        assertThat(cijfers.kernen().totaal()).isEqualTo(1);
    }

    @Test
    void a_percentage_is_absent_when_there_is_nothing_to_divide() {
        Monitoring cijfers = monitoring.lees(new Vraag(null, null, null, null), eenMedewerkerVan("0214"));

        assertThat(cijfers.vragen().ontvangen()).isZero();
        assertThat(cijfers.vragen().percentageBinnenTermijn()).isNull();
        assertThat(cijfers.bijeenkomsten().gehouden()).isZero();
        assertThat(cijfers.bijeenkomsten().percentageTijdigTeruggekoppeld()).isNull();
        assertThat(cijfers.kernenMetKernagenda()).isZero();
        assertThat(cijfers.percentageKernenMetKernagenda()).isEqualByComparingTo("0");
    }

    @Test
    void a_kern_and_a_period_narrow_the_scope() {
        Monitoring cijfers = monitoring.lees(new Vraag(new Gemeentecode("0214"), zoelen.getId(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 2, 1)), eenKernambtenaarVan("0214"));

        assertThat(cijfers.bereik().kern()).contains(zoelen.getId());
        assertThat(cijfers.bereik().periode().tot()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void todays_passed_deadlines_are_added_at_each_read_to_the_kept_figures_without_computing_them_again() {
        ongewijzigd = true;
        Vraag vraag = new Vraag(null, null, null, null);
        Monitoring eerste = monitoring.lees(vraag, eenMedewerkerVan("0214"));
        vandaagVerlopen.set(3);
        Monitoring tweede = monitoring.lees(vraag, eenMedewerkerVan("0214"));

        assertThat(eerste.vragen().openVerlopen()).isZero();
        assertThat(tweede.vragen().openVerlopen()).isEqualTo(3);
        assertThat(tweede.vragen().overschreden()).isEqualTo(3);
        assertThat(monitoring.berekeningen()).isEqualTo(1);
    }

    @Test
    void another_gemeente_is_refused_openly_as_gemeenten_are_public() {
        assertThatThrownBy(() -> monitoring.lees(new Vraag(new Gemeentecode("1960"), null, null, null), eenMedewerkerVan("0214")))
                .isInstanceOf(GeenToegang.class).hasFieldOrPropertyWithValue("code", "andere-gemeente");
    }

    @Test
    void a_kern_of_another_gemeente_is_invalid_input_on_the_field_kern() {
        assertThatThrownBy(() -> monitoring.lees(new Vraag(null, zoelen.getId(), null, null), eenMedewerkerVan("1960")))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "kern");
    }

    @Test
    void van_and_tot_come_together_and_tot_lies_after_van() {
        Gebruiker lezer = eenMedewerkerVan("0214");
        LocalDate dag = LocalDate.of(2026, 3, 1);

        assertThatThrownBy(() -> monitoring.lees(new Vraag(null, null, dag, null), lezer))
                .hasFieldOrPropertyWithValue("veld", "tot");
        assertThatThrownBy(() -> monitoring.lees(new Vraag(null, null, null, dag), lezer))
                .hasFieldOrPropertyWithValue("veld", "van");
        assertThatThrownBy(() -> monitoring.lees(new Vraag(null, null, dag, dag), lezer))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "tot");
    }

    @Test
    void a_caller_without_a_staff_role_is_no_gebruiker_so_cannot_read() {
        assertThatThrownBy(() -> new Gebruiker("x", "x", new Gemeentecode("0214"), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
