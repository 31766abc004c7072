package nl.kernpunt.bootstrap.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.traject.TrajectFilter;
import nl.kernpunt.application.traject.port.in.LegTrajectstapVastUseCase;
import nl.kernpunt.application.traject.port.in.MaakParticipatietrajectUseCase;
import nl.kernpunt.application.traject.port.in.ParticipatietrajectQuery;
import nl.kernpunt.application.traject.port.in.SluitParticipatietrajectUseCase;
import nl.kernpunt.application.traject.port.in.StartParticipatieUseCase;
import nl.kernpunt.application.traject.port.in.WijzigNiveauUseCase;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.traject.Actor;
import nl.kernpunt.domain.traject.Afweging;
import nl.kernpunt.domain.traject.Betrokkenen;
import nl.kernpunt.domain.traject.Communicatieplan;
import nl.kernpunt.domain.traject.Doel;
import nl.kernpunt.domain.traject.Evaluatie;
import nl.kernpunt.domain.traject.Middelen;
import nl.kernpunt.domain.traject.Middeltype;
import nl.kernpunt.domain.traject.Mijlpaal;
import nl.kernpunt.domain.traject.Niveaubepaling;
import nl.kernpunt.domain.traject.Participatiemiddel;
import nl.kernpunt.domain.traject.Participatieniveau;
import nl.kernpunt.domain.traject.Participatietraject;
import nl.kernpunt.domain.traject.Startnotitie;
import nl.kernpunt.domain.traject.TrajectGegevens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Buren's demo trajecten at different steps and levels, loaded through the ordinary use cases
 * after {@link DemoGegevens} (a later observer priority), once: only while Buren has none. The
 * people are fictitious; the subjects come from the source documents.
 */
@ApplicationScoped
public class DemoTrajecten {

    private static final Logger LOG = Logger.getLogger(DemoTrajecten.class);
    private static final Gemeentecode BUREN = new Gemeentecode("0214");
    private static final Gebruiker LOTTE = new Gebruiker("demo-trajecten", "Lotte Bakker", BUREN,
            Set.of(Gebruikersrol.MEDEWERKER));
    private static final Contactpersoon EIGENAAR = new Contactpersoon("Lotte Bakker", "l.bakker@buren.nl", "0344 579 111");

    private final MaakParticipatietrajectUseCase maak;
    private final LegTrajectstapVastUseCase legStapVast;
    private final WijzigNiveauUseCase wijzigNiveau;
    private final StartParticipatieUseCase start;
    private final SluitParticipatietrajectUseCase sluit;
    private final ParticipatietrajectQuery trajecten;
    private final GemeenteRepository gemeenten;
    private final DemoKernen kernen;
    private final boolean ingeschakeld;

    public DemoTrajecten(MaakParticipatietrajectUseCase maak, LegTrajectstapVastUseCase legStapVast,
                         WijzigNiveauUseCase wijzigNiveau, StartParticipatieUseCase start,
                         SluitParticipatietrajectUseCase sluit, ParticipatietrajectQuery trajecten,
                         GemeenteRepository gemeenten, DemoKernen kernen,
                         @ConfigProperty(name = "kernpunt.demo-data.enabled", defaultValue = "false") boolean ingeschakeld) {
        this.maak = maak;
        this.legStapVast = legStapVast;
        this.wijzigNiveau = wijzigNiveau;
        this.start = start;
        this.sluit = sluit;
        this.trajecten = trajecten;
        this.gemeenten = gemeenten;
        this.kernen = kernen;
        this.ingeschakeld = ingeschakeld;
    }

    @ActivateRequestContext
    void bijStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent start) {
        if (!ingeschakeld || !gemeenten.bestaat(BUREN) || heeftAlTrajecten()) {
            return;
        }
        warmteplan();
        herinrichtingBeusichem();
        dorpshuisZoelen();
        containerbeleid();
        LOG.info("Demogegevens geladen: 4 participatietrajecten van Buren");
    }

    private boolean heeftAlTrajecten() {
        return !trajecten.zoek(new TrajectFilter(BUREN, null, null, null, null, null, null, null, null), new PaginaVerzoek(null, 1), LOTTE)
                .resultaten().isEmpty();
    }

    /** Large, with a startnotitie, advising, participation running. */
    private void warmteplan() {
        Participatietraject t = maak(new TrajectGegevens("Warmteplan per kern",
                "Per kern samen met inwoners bepalen hoe en wanneer de kern van het aardgas af gaat.", true, List.of(),
                EIGENAAR, List.of(), LocalDate.of(2026, 1, 15), LocalDate.of(2027, 6, 30), true, true,
                new Startnotitie(LocalDate.of(2025, 12, 11), "Raad stemt in met de startnotitie warmtetransitie")));
        t = stap(t, new LegTrajectstapVastUseCase.AfwegingUitkomst(new Afweging("Volgorde en tempo per kern liggen open",
                "Raakt elk huishouden direct", Doel.BEIDE, "Langere doorlooptijd per kern", "Twee jaar, projectleider en budget",
                "Energieavonden in 2023", true, "Zonder inwoners geen haalbaar plan", null)));
        t = stap(t, new LegTrajectstapVastUseCase.BetrokkenenUitkomst(new Betrokkenen(List.of(
                new Actor("Dorpsbelangenorganisaties", "leefbaarheid en kosten", "groot", "kritisch-positief"),
                new Actor("Energiecoöperatie", "lokale opwek", "middel", "positief")),
                "Stelt het warmteplan vast", List.of("huurders", "jongeren"))));
        t = stap(t, new LegTrajectstapVastUseCase.NiveauUitkomst(Participatieniveau.ADVISEREN, new Niveaubepaling(
                "Het advies per kern weegt zwaar in het warmteplan", "Omgevingswet", "Transitievisie warmte", "Rijksbijdrage")));
        t = stap(t, new LegTrajectstapVastUseCase.CommunicatieplanUitkomst(new Communicatieplan(List.of("Uw kern kiest mee"),
                List.of(new Mijlpaal(LocalDate.of(2026, 3, 10), "Startavond per kern", "inwoners", "gemeente informeert", "bewonersavond")))));
        t = stap(t, new LegTrajectstapVastUseCase.MiddelenUitkomst(new Middelen(List.of(
                new Participatiemiddel(Middeltype.BEWONERSAVOND, null), new Participatiemiddel(Middeltype.ENQUETE, null)))));
        start.start(new StartParticipatieUseCase.Command(LOTTE, t.getId(), t.getVersie()));
    }

    /** The road redesign with a residents' core group: raised from consulting to coproducing. */
    private void herinrichtingBeusichem() {
        Participatietraject t = maak(new TrajectGegevens("Herinrichting Steenweg Beusichem",
                "Nieuwe inrichting van de doorgaande weg, ontworpen met een kerngroep van bewoners.", false,
                List.of(kernen.id("Beusichem"), kernen.id("Zoelmond")), EIGENAAR, List.of(new Contactpersoon("Fatima Amrani", null, null)),
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 11, 30), false, false, null));
        t = stap(t, new LegTrajectstapVastUseCase.AfwegingUitkomst(new Afweging("Ontwerp ligt nog open",
                "Aanwonenden kennen de knelpunten", Doel.KWALITEIT, null, "Negen maanden", null, true,
                "Bewoners weten waar het misgaat", null)));
        t = stap(t, new LegTrajectstapVastUseCase.BetrokkenenUitkomst(new Betrokkenen(List.of(
                new Actor("Aanwonenden Steenweg", "veiligheid", "groot", "positief"),
                new Actor("Agrariërs", "bereikbaarheid", "middel", "zorgen")), "Stelt het krediet beschikbaar",
                List.of("ouders van schoolkinderen"))));
        t = stap(t, new LegTrajectstapVastUseCase.NiveauUitkomst(Participatieniveau.RAADPLEGEN, new Niveaubepaling(
                "Het ontwerp van de kerngroep wordt uitgevoerd binnen de kaders", "Wegenverkeerswet", "Mobiliteitsplan", "450.000 euro")));
        t = stap(t, new LegTrajectstapVastUseCase.CommunicatieplanUitkomst(new Communicatieplan(List.of("U ontwerpt mee aan uw straat"),
                List.of(new Mijlpaal(LocalDate.of(2026, 4, 15), "Eerste schets", "kerngroep", "bewoners ontwerpen", "werksessie")))));
        t = wijzigNiveau.wijzigNiveau(new WijzigNiveauUseCase.Command(LOTTE, t.getId(), t.getVersie(),
                Participatieniveau.COPRODUCEREN, "Bewoners vormen een kerngroep die het ontwerp mee maakt")).traject();
        t = stap(t, new LegTrajectstapVastUseCase.MiddelenUitkomst(new Middelen(List.of(
                new Participatiemiddel(Middeltype.KERNGROEP, null), new Participatiemiddel(Middeltype.ANDERS, "schouw langs de weg")))));
        start.start(new StartParticipatieUseCase.Command(LOTTE, t.getId(), t.getVersie()));
    }

    /** Only step 1 so far. */
    private void dorpshuisZoelen() {
        Participatietraject t = maak(new TrajectGegevens("Toekomst dorpshuis Zoelen", null, false, List.of(kernen.id("Zoelen")),
                EIGENAAR, List.of(), LocalDate.of(2026, 5, 1), null, false, false, null));
        stap(t, new LegTrajectstapVastUseCase.AfwegingUitkomst(new Afweging("Gebruik en beheer liggen open", "Het dorpshuis is van het dorp",
                Doel.DRAAGVLAK, null, null, null, true, "Zonder bewoners geen toekomst voor het dorpshuis", null)));
    }

    /** A "no": the outcome was fixed by law, residents were told, and the traject closed. */
    private void containerbeleid() {
        Participatietraject t = maak(new TrajectGegevens("Plaatsing ondergrondse containers", null, true, List.of(),
                EIGENAAR, List.of(), null, null, false, false, null));
        t = stap(t, new LegTrajectstapVastUseCase.AfwegingUitkomst(new Afweging("Geen: locaties liggen vast in het contract met Avri",
                "Weinig te kiezen", Doel.DRAAGVLAK, null, null, null, false, "Er valt niets te beïnvloeden",
                "Bericht in de dorpskranten en op de lichtkrant in Lienden")));
        t = stap(t, new LegTrajectstapVastUseCase.EvaluatieUitkomst(new Evaluatie("Inwoners geïnformeerd waarom er geen inspraak was",
                "Ja", null, "Eerder uitleggen waarom iets vastligt", null, null)));
        sluit.sluit(new SluitParticipatietrajectUseCase.Command(LOTTE, t.getId(), t.getVersie()));
    }

    private Participatietraject maak(TrajectGegevens gegevens) {
        return maak.maak(new MaakParticipatietrajectUseCase.Command(LOTTE, gegevens)).traject();
    }

    private Participatietraject stap(Participatietraject traject, LegTrajectstapVastUseCase.Uitkomst uitkomst) {
        return legStapVast.legVast(new LegTrajectstapVastUseCase.Command(LOTTE, traject.getId(), traject.getVersie(), uitkomst))
                .traject();
    }
}
