package nl.kernpunt.bootstrap.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.initiatief.InitiatiefFilter;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.port.in.WijzigKernUseCase;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.subsidie.port.in.KenSubsidieToeUseCase;
import nl.kernpunt.application.subsidie.port.in.LegSubsidieregelingAanUseCase;
import nl.kernpunt.application.subsidie.port.in.SubsidieQuery;
import nl.kernpunt.application.subsidie.port.in.VraagSubsidieAanUseCase;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.kern.Communicatiekanaal;
import nl.kernpunt.domain.kern.KanaalType;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernProfiel;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Begrotingsregel;
import nl.kernpunt.domain.subsidie.Budgetsoort;
import nl.kernpunt.domain.subsidie.Doeltoets;
import nl.kernpunt.domain.subsidie.Kostensoort;
import nl.kernpunt.domain.subsidie.Ontvangersoort;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.Subsidieaanvraag;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Buren's own yearly allowances (docs/adr/0029), after {@link DemoRegelingen}, once: a signaleringsgroep
 * in each of its fifteen kernen with a declaration budget of at most 750 EUR each and the volunteer
 * coordinator's 750 EUR [004 D4], the dorpsbelangenorganisaties' 375 EUR [000 §3.2.2], and two
 * decided declarations so a front end shows them.
 */
@ApplicationScoped
public class DemoEigenRegelingen {

    private static final int NA_DEMOREGELINGEN = Interceptor.Priority.APPLICATION + 900;
    private static final Gemeentecode BUREN = new Gemeentecode("0214");
    private static final Gebruiker BEHEERDER = new Gebruiker("demo-gegevens", "Annemiek Verhoef", BUREN,
            Set.of(Gebruikersrol.BEHEERDER));
    private static final Gebruiker KERNAMBTENAAR = new Gebruiker("demo-gegevens", "Jeroen Bosman", BUREN,
            Set.of(Gebruikersrol.KERNAMBTENAAR));
    static final Regelingcode SIGNALERINGSGROEPEN = new Regelingcode("signaleringsgroepen");
    static final Regelingcode VRIJWILLIGERSCOORDINATOR = new Regelingcode("vrijwilligerscoordinator");
    static final Regelingcode DORPSBELANGEN = new Regelingcode("dorpsbelangen");
    private static final Logger LOG = Logger.getLogger(DemoEigenRegelingen.class);

    private final SubsidieQuery subsidies;
    private final LegSubsidieregelingAanUseCase legAan;
    private final VraagSubsidieAanUseCase vraagAan;
    private final KenSubsidieToeUseCase kenToe;
    private final KernRepository kernen;
    private final WijzigKernUseCase wijzigKern;
    private final InitiatiefRepository initiatieven;
    private final DemoKernen demoKernen;
    private final boolean ingeschakeld;

    public DemoEigenRegelingen(SubsidieQuery subsidies, LegSubsidieregelingAanUseCase legAan,
                               VraagSubsidieAanUseCase vraagAan, KenSubsidieToeUseCase kenToe, KernRepository kernen,
                               WijzigKernUseCase wijzigKern, InitiatiefRepository initiatieven, DemoKernen demoKernen,
                               @ConfigProperty(name = "kernpunt.demo-data.enabled", defaultValue = "false") boolean ingeschakeld) {
        this.subsidies = subsidies;
        this.legAan = legAan;
        this.vraagAan = vraagAan;
        this.kenToe = kenToe;
        this.kernen = kernen;
        this.wijzigKern = wijzigKern;
        this.initiatieven = initiatieven;
        this.demoKernen = demoKernen;
        this.ingeschakeld = ingeschakeld;
    }

    @ActivateRequestContext
    void bijStart(@Observes @Priority(NA_DEMOREGELINGEN) StartupEvent start) {
        if (!ingeschakeld || demoKernen.vind("Zoelen").isEmpty() || subsidies.regelingen(BEHEERDER).stream()
                .anyMatch(gelezen -> gelezen.regeling().getCode().equals(SIGNALERINGSGROEPEN))) {
            return;
        }
        // one transaction: the kernen are read and changed in one persistence context, not read in the
        // request's while each change commits in another
        QuarkusTransaction.requiringNew().run(() -> DemoGegevens.BurenKernen.ALLE.forEach(kern ->
                metSignaleringsgroep(kernen.vind(demoKernen.id(kern.naam())).orElseThrow())));
        legAan(SIGNALERINGSGROEPEN, "Declaratiebudget signaleringsgroepen", Ontvangersoort.SIGNALERINGSGROEP, "750.00");
        legAan(VRIJWILLIGERSCOORDINATOR, "Vrijwilligersvergoeding coördinator signaleringsgroepen",
                Ontvangersoort.VRIJWILLIGERSCOORDINATOR, "750.00");
        legAan(DORPSBELANGEN, "Onkostenvergoeding dorpsbelangenorganisaties", Ontvangersoort.DORPSBELANGENORGANISATIE,
                "375.00");
        initiatieven.zoek(new InitiatiefFilter(BUREN, demoKernen.id("Zoelen"), null, null, null, null, null),
                        new PaginaVerzoek(null, PaginaVerzoek.MAX_GROOTTE)).resultaten().stream()
                .filter(i -> i.getStatus().isOpen()).findFirst().ifPresent(inZoelen -> {
                    verleen(inZoelen, SIGNALERINGSGROEPEN, null,
                            "Hesjes en zaklampen voor de avondronde van Signaleringsgroep Zoelen.", Kostensoort.MATERIAAL,
                            "180.00");
                    // the allowance is per organisation of the kern's register (000 §3.2.2)
                    verleen(inZoelen, DORPSBELANGEN, "Dorpsbelang Zoelen", "Onkostenvergoeding Dorpsbelang Zoelen.",
                            Kostensoort.ORGANISATIE, "375.00");
                });
        LOG.info("Demogegevens geladen: 15 signaleringsgroepen en drie toelagen per ontvanger van Buren");
    }

    /** One signaleringsgroep per kern, by name only, where the register has none yet (Zoelen has, DemoRegelingen). */
    private void metSignaleringsgroep(Kern kern) {
        KernProfiel profiel = kern.getProfiel();
        if (profiel.communicatiekanalen().stream().anyMatch(k -> k.type() == KanaalType.SIGNALERINGSGROEP)) {
            return;
        }
        List<Communicatiekanaal> kanalen = new ArrayList<>(profiel.communicatiekanalen());
        kanalen.add(new Communicatiekanaal(KanaalType.SIGNALERINGSGROEP, "Signaleringsgroep " + profiel.naam(), null));
        wijzigKern.wijzig(new WijzigKernUseCase.Command(BEHEERDER, kern.getId(), kern.getVersie(),
                new KernProfiel(profiel.naam(), profiel.gebied(), profiel.uitrolfase(),
                        profiel.dorpsbelangenorganisaties(), kanalen)));
    }

    private void legAan(Regelingcode code, String naam, Ontvangersoort ontvanger, String bedrag) {
        legAan.legAan(new LegSubsidieregelingAanUseCase.Command(BEHEERDER, code, naam, Budgetsoort.PER_ONTVANGER_PER_JAAR,
                ontvanger, Bedrag.van("bedrag", bedrag), List.of(), Doeltoets.GEEN));
    }

    private void verleen(Initiatief initiatief, Regelingcode regeling, String ontvanger, String omschrijving,
                         Kostensoort soort, String bedrag) {
        Subsidieaanvraag aanvraag = vraagAan.vraagAan(new VraagSubsidieAanUseCase.Command(KERNAMBTENAAR,
                initiatief.getId(), regeling, null, ontvanger, omschrijving,
                List.of(new Begrotingsregel(omschrijving, soort, Bedrag.van("bedrag", bedrag))), null)).aanvraag();
        kenToe.kenToe(new KenSubsidieToeUseCase.Command(KERNAMBTENAAR, aanvraag.getId(), aanvraag.getVersie(),
                Bedrag.van("bedrag", bedrag), List.of(), List.of(), null));
    }
}
