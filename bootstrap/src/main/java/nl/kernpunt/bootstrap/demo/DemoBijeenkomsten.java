package nl.kernpunt.bootstrap.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kernpunt.application.bijeenkomst.BijeenkomstFilter;
import nl.kernpunt.application.bijeenkomst.port.in.BijeenkomstQuery;
import nl.kernpunt.application.bijeenkomst.port.in.LegBijeenkomstVastUseCase;
import nl.kernpunt.application.bijeenkomst.port.in.LegTerugkoppelingVastUseCase;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.indicator.port.in.LegIndicatorVastUseCase;
import nl.kernpunt.application.kernagenda.port.in.StelKernagendaVastUseCase;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstGegevens;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomstsoort;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.indicator.Benchmark;
import nl.kernpunt.domain.indicator.IndicatorGegevens;
import nl.kernpunt.domain.indicator.Jaarwaarde;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kernagenda.Feit;
import nl.kernpunt.domain.kernagenda.Prioriteit;
import nl.kernpunt.domain.kernagenda.Thema;
import nl.kernpunt.domain.kernagenda.Themastatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Buren's demo meetings (one with its feedback overdue), kernagenda and kerncanvas for three
 * kernen, and the burgerpeiling figures of the visie [000 §4.3], loaded through the ordinary use
 * cases after {@link DemoGegevens}, once: only while Buren has no meetings. Meeting days are set
 * relative to today, so the overdue one stays overdue on every fresh start. People are fictitious.
 */
@ApplicationScoped
public class DemoBijeenkomsten {

    private static final Logger LOG = Logger.getLogger(DemoBijeenkomsten.class);
    private static final Gemeentecode BUREN = new Gemeentecode("0214");
    private static final Gebruiker ANNEMIEK = new Gebruiker("demo-bijeenkomsten", "Annemiek Verhoef", BUREN,
            Set.of(Gebruikersrol.KERNAMBTENAAR));
    private static final String BURGERPEILING = "Burgerpeiling";
    private static final String VISIE = "Visie kerngericht werken gemeente Buren 2020-2023";

    private final LegBijeenkomstVastUseCase legVast;
    private final LegTerugkoppelingVastUseCase terugkoppeling;
    private final BijeenkomstQuery bijeenkomsten;
    private final StelKernagendaVastUseCase kernagenda;
    private final LegIndicatorVastUseCase indicatoren;
    private final GemeenteRepository gemeenten;
    private final DemoKernen kernen;
    private final Clock klok;
    private final boolean ingeschakeld;

    public DemoBijeenkomsten(LegBijeenkomstVastUseCase legVast, LegTerugkoppelingVastUseCase terugkoppeling,
                             BijeenkomstQuery bijeenkomsten, StelKernagendaVastUseCase kernagenda,
                             LegIndicatorVastUseCase indicatoren, GemeenteRepository gemeenten, DemoKernen kernen,
                             Clock klok,
                             @ConfigProperty(name = "kernpunt.demo-data.enabled", defaultValue = "false") boolean ingeschakeld) {
        this.legVast = legVast;
        this.terugkoppeling = terugkoppeling;
        this.bijeenkomsten = bijeenkomsten;
        this.kernagenda = kernagenda;
        this.indicatoren = indicatoren;
        this.gemeenten = gemeenten;
        this.kernen = kernen;
        this.klok = klok;
        this.ingeschakeld = ingeschakeld;
    }

    @ActivateRequestContext
    void bijStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent start) {
        if (!ingeschakeld || !gemeenten.bestaat(BUREN) || heeftAlBijeenkomsten()) {
            return;
        }
        LocalDate vandaag = Bijeenkomst.vandaag(klok);
        bijeenkomsten(vandaag);
        agendas(vandaag);
        burgerpeiling();
        LOG.info("Demogegevens geladen: 4 bijeenkomsten, 3 kernagenda's en 7 indicatoren van Buren");
    }

    private boolean heeftAlBijeenkomsten() {
        return !bijeenkomsten.zoek(new BijeenkomstFilter(BUREN, null, null, null, null), false, new PaginaVerzoek(null, 1),
                ANNEMIEK).resultaten().isEmpty();
    }

    private void bijeenkomsten(LocalDate vandaag) {
        Bijeenkomst dorpshuis = bijeenkomst("Bewonersavond toekomst dorpshuis", Bijeenkomstsoort.BEWONERSAVOND,
                vandaag.minusDays(40), 64, "Zoelen");
        terugkoppeling.legTerugkoppelingVast(new LegTerugkoppelingVastUseCase.Command(ANNEMIEK, dorpshuis.getId(),
                dorpshuis.getVersie(), vandaag.minusDays(31), "brief aan de deelnemers en bericht in de dorpskrant",
                "Wat we met de ideeën over gebruik en beheer van het dorpshuis doen, en de volgende stap."));
        // no feedback yet and the term has passed: this one shows up in the overdue list
        bijeenkomst("Inloopmoment afval bij de containers", Bijeenkomstsoort.INLOOPMOMENT, vandaag.minusDays(30), 18,
                "Kerk-Avezaath");
        bijeenkomst("Online koffiemoment kerngericht werken", Bijeenkomstsoort.ONLINE_KOFFIEMOMENT, vandaag.minusDays(5), 12,
                "Ingen", "Ravenswaaij", "Zoelen");
        bijeenkomst("Overlegtafel Steenweg", Bijeenkomstsoort.OVERLEGTAFEL, vandaag.plusDays(20), null, "Beusichem", "Zoelmond");
    }

    private Bijeenkomst bijeenkomst(String titel, Bijeenkomstsoort soort, LocalDate datum, Integer deelnemers,
                                    String... kernnamen) {
        List<KernId> ids = List.of(kernnamen).stream().map(kernen::id).toList();
        return legVast.legVast(new LegBijeenkomstVastUseCase.Command(ANNEMIEK,
                new BijeenkomstGegevens(titel, soort, datum, ids, deelnemers, List.of(), List.of(), null))).bijeenkomst();
    }

    private void agendas(LocalDate vandaag) {
        agenda("Zoelen", List.of(
                new Thema("Toekomst dorpshuis", "Gebruik en beheer samen met de inwoners", Prioriteit.HOOG,
                        "Dorpsbelang Zoelen", Themastatus.IN_UITVOERING, List.of()),
                new Thema("Borden WhatsApp-buurtpreventie", null, Prioriteit.MIDDEN, "WhatsApp-buurtpreventie Zoelen",
                        Themastatus.AFGEROND, List.of())),
                List.of(new Feit("pilotkern kerngericht werken", "ja, sinds 2019", VISIE, LocalDate.of(2019, 1, 1)),
                        new Feit("GGD-gebied", "Buren e.o.", "GGD-gebiedsindeling", vandaag)));
        agenda("Kerk-Avezaath", List.of(new Thema("Afval naast de containers", "Plan van bewoners, kernambtenaar trekt, Avri sluit aan",
                Prioriteit.HOOG, "Jeroen Bosman", Themastatus.IN_UITVOERING, List.of())),
                List.of(new Feit("spiegelkern kerngericht werken", "ja", VISIE, LocalDate.of(2019, 1, 1))));
        agenda("Beusichem", List.of(new Thema("Verkeersveiligheid Steenweg", "Herinrichting met een kerngroep van bewoners",
                Prioriteit.HOOG, "Lotte Bakker", Themastatus.AFGESPROKEN, List.of())), List.of());
    }

    private void agenda(String kernnaam, List<Thema> themas, List<Feit> feiten) {
        KernId kern = kernen.id(kernnaam);
        var agenda = kernagenda.stelThemasVast(new StelKernagendaVastUseCase.ThemasCommand(ANNEMIEK, kern, 0, themas))
                .kernagenda();
        if (!feiten.isEmpty()) {
            kernagenda.stelCanvasVast(new StelKernagendaVastUseCase.CanvasCommand(ANNEMIEK, kern, agenda.getVersie(), feiten));
        }
    }

    /** The figures exactly as the visie [000 §4.3] gives them: 2019 value, benchmark and the 2023 target. */
    private void burgerpeiling() {
        indicator("Waardering betrekken van inwoners bij beleid", "rapportcijfer", "6.0", "6.1",
                "gemiddelde Nederland 2019", "7.0");
        indicator("Gemeente luistert naar mening burgers", "procent eens", "16", "29", "benchmarkgemeenten 2019", "30");
        indicator("Gemeente betreft burgers voldoende bij haar plannen, activiteiten en voorzieningen", "procent eens",
                "20", "35", "benchmarkgemeenten 2019", "35");
        indicator("Burgers en organisaties krijgen voldoende ruimte om ideeën en initiatieven te realiseren",
                "procent eens", "22", "37", "benchmarkgemeenten 2019", "40");
        indicator("Betrekt buurt voldoende bij aanpak leefbaarheid", "procent eens", "18", "28", "benchmarkgemeenten 2019", "30");
        indicator("Doet beroep op buurtbewoners voor bijdrage leefbaarheid", "procent eens", "24", "33",
                "benchmarkgemeenten 2019", "35");
        indicator("Ondersteunt buurtinitiatieven leefbaarheid voldoende", "procent eens", "15", "30",
                "benchmarkgemeenten 2019", "30");
    }

    private void indicator(String naam, String eenheid, String nulmeting, String benchmark, String vergelijking,
                           String doel) {
        indicatoren.maak(new LegIndicatorVastUseCase.MaakCommand(ANNEMIEK, new IndicatorGegevens(naam, null, eenheid,
                BURGERPEILING, null, new Jaarwaarde(new BigDecimal(nulmeting), 2019),
                new Benchmark(new BigDecimal(benchmark), vergelijking), new Jaarwaarde(new BigDecimal(doel), 2023))));
    }
}
