package nl.kernpunt.bootstrap.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.initiatief.InitiatiefFilter;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.subsidie.port.in.BetaalSubsidieUitUseCase;
import nl.kernpunt.application.subsidie.port.in.KenSubsidieToeUseCase;
import nl.kernpunt.application.subsidie.port.in.VraagSubsidieAanUseCase;
import nl.kernpunt.application.subsidie.port.in.WijsSubsidieAfUseCase;
import nl.kernpunt.application.subsidie.port.out.SubsidieRepository;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Begrotingsregel;
import nl.kernpunt.domain.subsidie.Collegebesluit;
import nl.kernpunt.domain.subsidie.Criterium;
import nl.kernpunt.domain.subsidie.Criteriumoordeel;
import nl.kernpunt.domain.subsidie.Kostensoort;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Straatbijeenkomst;
import nl.kernpunt.domain.subsidie.Subsidieaanvraag;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A few grant applications on Buren's demo initiatives, one per kind of decision: a paid
 * leefbaarheidsbudget grant (Kerk-Avezaath), a street-event contribution (Zoelmond), a refusal
 * (Beusichem) and a bijzondere-initiatieven grant with its college decision (Zoelen). Loaded through
 * the ordinary use cases after {@link DemoInitiatieven}, once.
 */
@ApplicationScoped
public class DemoSubsidies {

    private static final int NA_DEMOINITIATIEVEN = Interceptor.Priority.APPLICATION + 700;
    private static final Gemeentecode BUREN = new Gemeentecode("0214");
    private static final Gebruiker KERNAMBTENAAR = new Gebruiker("demo-gegevens", "Jeroen Bosman", BUREN,
            Set.of(Gebruikersrol.KERNAMBTENAAR));
    private static final Gebruiker BEHEERDER = new Gebruiker("demo-gegevens", "Annemiek Verhoef", BUREN,
            Set.of(Gebruikersrol.BEHEERDER));
    private static final Logger LOG = Logger.getLogger(DemoSubsidies.class);

    private final VraagSubsidieAanUseCase vraagAan;
    private final KenSubsidieToeUseCase kenToe;
    private final WijsSubsidieAfUseCase wijsAf;
    private final BetaalSubsidieUitUseCase betaalUit;
    private final InitiatiefRepository initiatieven;
    private final SubsidieRepository subsidies;
    private final Clock klok;
    private final boolean ingeschakeld;

    public DemoSubsidies(VraagSubsidieAanUseCase vraagAan, KenSubsidieToeUseCase kenToe, WijsSubsidieAfUseCase wijsAf,
                         BetaalSubsidieUitUseCase betaalUit, InitiatiefRepository initiatieven,
                         SubsidieRepository subsidies, Clock klok,
                         @ConfigProperty(name = "kernpunt.demo-data.enabled", defaultValue = "false") boolean ingeschakeld) {
        this.vraagAan = vraagAan;
        this.kenToe = kenToe;
        this.wijsAf = wijsAf;
        this.betaalUit = betaalUit;
        this.initiatieven = initiatieven;
        this.subsidies = subsidies;
        this.klok = klok;
        this.ingeschakeld = ingeschakeld;
    }

    @ActivateRequestContext
    void bijStart(@Observes @Priority(NA_DEMOINITIATIEVEN) StartupEvent start) {
        if (!ingeschakeld) {
            return; // before any query: a production start without demo data pays nothing here
        }
        Optional<Initiatief> containers = initiatief("Geen afval meer naast de containers");
        if (containers.isEmpty() || !subsidies.vanInitiatief(containers.get().getId()).isEmpty()) {
            return;
        }
        Subsidieaanvraag borden = vraag(containers.get(), Regelingsoort.LEEFBAARHEIDSBUDGET,
                "Borden bij de containers en materiaal voor de opruimactie.", null,
                regel("Borden 'Niets naast de container'", Kostensoort.MATERIAAL, "250.00"),
                regel("Grijpers, handschoenen en vuilniszakken", Kostensoort.MATERIAAL, "150.00"),
                regel("Huur aanhanger opruimdag", Kostensoort.HUUR, "250.00"));
        borden = kenToe.kenToe(new KenSubsidieToeUseCase.Command(KERNAMBTENAAR, borden.getId(), borden.getVersie(),
                Bedrag.van("bedrag", "600.00"), Arrays.stream(Criterium.values())
                .map(c -> new Criteriumoordeel(c, true, "Besproken met Dorpsraad Kerk-Avezaath en Avri.")).toList(),
                List.of(), null)).aanvraag();
        betaalUit.betaalUit(new BetaalSubsidieUitUseCase.Command(KERNAMBTENAAR, borden.getId(), borden.getVersie()));

        initiatief("Herinrichting Dorpsstraat Zoelmond").ifPresent(zoelmond -> {
            Subsidieaanvraag feest = vraag(zoelmond, Regelingsoort.STRAATBIJEENKOMST,
                    "Ontmoetingsmiddag op de nieuwe Dorpsstraat.",
                    new Straatbijeenkomst("Dorpsstraat", "Ontmoetingsmiddag", "alle bewoners", vandaag().plusDays(30), true),
                    regel("Geluidsinstallatie", Kostensoort.GELUID, "60.00"),
                    regel("Spellen voor kinderen", Kostensoort.SPELLEN, "40.00"));
            kenToe.kenToe(new KenSubsidieToeUseCase.Command(KERNAMBTENAAR, feest.getId(), feest.getVersie(),
                    Bedrag.van("bedrag", "100.00"), List.of(), List.of(), null));
        });

        initiatief("Herinrichting Molenstraat met bewonerskerngroep").ifPresent(beusichem -> {
            Subsidieaanvraag ontwerp = vraag(beusichem, Regelingsoort.LEEFBAARHEIDSBUDGET,
                    "Een ontwerpbureau voor de herinrichting.", null,
                    regel("Ontwerpbureau", Kostensoort.OVERIG, "1800.00"));
            wijsAf.wijsAf(new WijsSubsidieAfUseCase.Command(KERNAMBTENAAR, ontwerp.getId(), ontwerp.getVersie(),
                    "Het ontwerp van de weg is een taak van de gemeente als wegbeheerder en wordt niet uit het "
                            + "leefbaarheidsbudget betaald; de kerngroep denkt mee via de coproductie.",
                    List.of(new Criteriumoordeel(Criterium.MEERDERE_BEWONERS, true, "De hele straat."),
                            new Criteriumoordeel(Criterium.EFFECT_OP_LEEFOMGEVING, false,
                                    "Geen effect op ontmoeting; een gemeentelijke taak.")), List.of(), null));
        });

        initiatief("Toekomst van het dorpshuis").ifPresent(zoelen -> {
            Subsidieaanvraag dorpshuis = vraag(zoelen, Regelingsoort.BIJZONDERE_INITIATIEVEN,
                    "Haalbaarheidsonderzoek en eerste inrichting voor de overname van het dorpshuis.", null,
                    regel("Haalbaarheidsonderzoek", Kostensoort.OVERIG, "3000.00"),
                    regel("Inrichting ontmoetingsruimte", Kostensoort.MATERIAAL, "1500.00"));
            kenToe.kenToe(new KenSubsidieToeUseCase.Command(BEHEERDER, dorpshuis.getId(), dorpshuis.getVersie(),
                    Bedrag.van("bedrag", "4000.00"), List.of(), List.of(),
                    new Collegebesluit("B&W-2026-0412", vandaag().minusDays(7))));
        });
        LOG.info("Demogegevens geladen: 4 subsidieaanvragen in Buren");
    }

    private Optional<Initiatief> initiatief(String titel) {
        return initiatieven.zoek(new InitiatiefFilter(BUREN, null, null, null, null, null, null),
                        new PaginaVerzoek(null, PaginaVerzoek.MAX_GROOTTE)).resultaten().stream()
                .filter(i -> i.getGegevens().titel().equals(titel)).findFirst();
    }

    private Subsidieaanvraag vraag(Initiatief initiatief, Regelingsoort regeling, String omschrijving,
                                   Straatbijeenkomst bijeenkomst, Begrotingsregel... regels) {
        return vraagAan.vraagAan(new VraagSubsidieAanUseCase.Command(KERNAMBTENAAR, initiatief.getId(), regeling.code(),
                null, omschrijving, List.of(regels), bijeenkomst)).aanvraag();
    }

    private static Begrotingsregel regel(String omschrijving, Kostensoort soort, String bedrag) {
        return new Begrotingsregel(omschrijving, soort, Bedrag.van("bedrag", bedrag));
    }

    private LocalDate vandaag() {
        return LocalDate.ofInstant(klok.instant(), ZoneId.of("Europe/Amsterdam"));
    }
}
