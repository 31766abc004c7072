package nl.kernpunt.bootstrap.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.kern.port.in.WijzigKernUseCase;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.subsidie.port.in.SubsidieQuery;
import nl.kernpunt.application.subsidie.port.in.WijzigSubsidieregelingUseCase;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Communicatiekanaal;
import nl.kernpunt.domain.kern.KanaalType;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernProfiel;
import nl.kernpunt.domain.subsidie.Doelcriterium;
import nl.kernpunt.domain.subsidie.Doeltoets;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Subsidieregeling;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Buren's purpose test of the street contribution (004 D, its rules of play) and Zoelen's
 * signaleringsgroep in the kern register (000 §3.2.3), loaded through the ordinary use cases after
 * {@link DemoSubsidies}, once: its street grant was decided before the test existed.
 */
@ApplicationScoped
public class DemoRegelingen {

    private static final int NA_DEMOSUBSIDIES = Interceptor.Priority.APPLICATION + 800;
    private static final Gemeentecode BUREN = new Gemeentecode("0214");
    private static final Gebruiker BEHEERDER = new Gebruiker("demo-gegevens", "Annemiek Verhoef", BUREN,
            Set.of(Gebruikersrol.BEHEERDER));
    static final Doeltoets STRAATBIJEENKOMST = new Doeltoets(List.of(
            new Doelcriterium("gezelliger-veiliger-of-schoner",
                    "De activiteit draagt bij aan een gezelliger, veiliger of schonere omgeving"),
            new Doelcriterium("versterkt-contact", "De activiteit versterkt het onderlinge contact")));
    private static final Logger LOG = Logger.getLogger(DemoRegelingen.class);

    private final SubsidieQuery subsidies;
    private final WijzigSubsidieregelingUseCase wijzigRegeling;
    private final KernRepository kernen;
    private final WijzigKernUseCase wijzigKern;
    private final DemoKernen demoKernen;
    private final boolean ingeschakeld;

    public DemoRegelingen(SubsidieQuery subsidies, WijzigSubsidieregelingUseCase wijzigRegeling, KernRepository kernen,
                          WijzigKernUseCase wijzigKern, DemoKernen demoKernen,
                          @ConfigProperty(name = "kernpunt.demo-data.enabled", defaultValue = "false") boolean ingeschakeld) {
        this.subsidies = subsidies;
        this.wijzigRegeling = wijzigRegeling;
        this.kernen = kernen;
        this.wijzigKern = wijzigKern;
        this.demoKernen = demoKernen;
        this.ingeschakeld = ingeschakeld;
    }

    @ActivateRequestContext
    void bijStart(@Observes @Priority(NA_DEMOSUBSIDIES) StartupEvent start) {
        if (!ingeschakeld || demoKernen.vind("Zoelen").isEmpty()) {
            return;
        }
        Subsidieregeling straat = subsidies.regeling(Regelingsoort.STRAATBIJEENKOMST.code(), BEHEERDER).regeling();
        if (!straat.getDoeltoets().isLeeg()) {
            return;
        }
        wijzigRegeling.wijzig(new WijzigSubsidieregelingUseCase.Command(BEHEERDER, Regelingsoort.STRAATBIJEENKOMST.code(),
                straat.getVersie(), straat.getNaam(), straat.getBedrag(), STRAATBIJEENKOMST));
        Kern zoelen = kernen.vind(demoKernen.id("Zoelen")).orElseThrow();
        KernProfiel profiel = zoelen.getProfiel();
        List<Communicatiekanaal> kanalen = new ArrayList<>(profiel.communicatiekanalen());
        kanalen.add(new Communicatiekanaal(KanaalType.SIGNALERINGSGROEP, "Signaleringsgroep Zoelen", null));
        wijzigKern.wijzig(new WijzigKernUseCase.Command(BEHEERDER, zoelen.getId(), zoelen.getVersie(),
                new KernProfiel(profiel.naam(), profiel.gebied(), profiel.uitrolfase(),
                        profiel.dorpsbelangenorganisaties(), kanalen)));
        LOG.info("Demogegevens geladen: doeltoets van de straatbijdrage en de signaleringsgroep van Zoelen");
    }
}
