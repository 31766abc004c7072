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
import java.util.Map;
import java.util.Set;
import nl.kernpunt.application.bijeenkomst.port.in.LegBijeenkomstVastUseCase;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.indicator.IndicatorFilter;
import nl.kernpunt.application.indicator.port.in.IndicatorQuery;
import nl.kernpunt.application.indicator.port.in.LegIndicatorVastUseCase;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstGegevens;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomstsoort;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.indicator.IndicatorGegevens;
import nl.kernpunt.domain.indicator.Jaarwaarde;
import nl.kernpunt.domain.indicator.Meting;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The figures West Betuwe's other targets stand next to (002, ADR 28), for Buren's demo: a
 * Leefbaarometer mark per kern (fictitious, two below 7) and overlegtafels that met in three of the
 * four areas (Beusichem e.o.'s is still to come, DemoBijeenkomsten). Buren keeps West Betuwe's
 * targets, as every gemeente starts with them. Loaded once, after {@link DemoBijeenkomsten}.
 */
@ApplicationScoped
public class DemoDoelen {

    private static final Logger LOG = Logger.getLogger(DemoDoelen.class);
    private static final Gemeentecode BUREN = new Gemeentecode("0214");
    private static final Gebruiker ANNEMIEK = new Gebruiker("demo-doelen", "Annemiek Verhoef", BUREN,
            Set.of(Gebruikersrol.KERNAMBTENAAR));
    private static final String LEEFBAAROMETER = "Leefbaarometer";
    private static final Map<String, String> LEEFBAARHEID = Map.ofEntries(Map.entry("Asch", "7.4"),
            Map.entry("Beusichem", "7.1"), Map.entry("Buren", "7.6"), Map.entry("Eck en Wiel", "7.2"),
            Map.entry("Erichem", "7.3"), Map.entry("Ingen", "6.8"), Map.entry("Kapel-Avezaath", "7.5"),
            Map.entry("Kerk-Avezaath", "7.3"), Map.entry("Lienden", "7.0"), Map.entry("Maurik", "7.4"),
            Map.entry("Ommeren", "7.2"), Map.entry("Ravenswaaij", "6.9"), Map.entry("Rijswijk", "7.1"),
            Map.entry("Zoelen", "7.5"), Map.entry("Zoelmond", "7.2"));

    private final LegIndicatorVastUseCase indicatoren;
    private final IndicatorQuery indicatorQuery;
    private final LegBijeenkomstVastUseCase bijeenkomsten;
    private final GemeenteRepository gemeenten;
    private final DemoKernen kernen;
    private final Clock klok;
    private final boolean ingeschakeld;

    public DemoDoelen(LegIndicatorVastUseCase indicatoren, IndicatorQuery indicatorQuery,
                      LegBijeenkomstVastUseCase bijeenkomsten, GemeenteRepository gemeenten, DemoKernen kernen, Clock klok,
                      @ConfigProperty(name = "kernpunt.demo-data.enabled", defaultValue = "false") boolean ingeschakeld) {
        this.indicatoren = indicatoren;
        this.indicatorQuery = indicatorQuery;
        this.bijeenkomsten = bijeenkomsten;
        this.gemeenten = gemeenten;
        this.kernen = kernen;
        this.klok = klok;
        this.ingeschakeld = ingeschakeld;
    }

    @ActivateRequestContext
    void bijStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) StartupEvent start) {
        if (!ingeschakeld || !gemeenten.bestaat(BUREN) || heeftAlLeefbaarometer()) {
            return;
        }
        LocalDate vandaag = Bijeenkomst.vandaag(klok);
        LEEFBAARHEID.forEach((kern, cijfer) -> leefbaarometer(kern, new BigDecimal(cijfer), vandaag));
        overlegtafel("Overlegtafel jeugd en sport Buren e.o.", vandaag, "Buren", "Zoelen");
        overlegtafel("Overlegtafel zorg en welzijn Lienden e.o.", vandaag, "Lienden", "Ingen");
        overlegtafel("Overlegtafel verkeer Maurik e.o.", vandaag, "Maurik", "Ravenswaaij");
        LOG.infof("Demogegevens geladen: Leefbaarometer voor %d kernen en 3 overlegtafels van Buren", LEEFBAARHEID.size());
    }

    private boolean heeftAlLeefbaarometer() {
        return !indicatorQuery.zoek(new IndicatorFilter(BUREN, null, LEEFBAAROMETER, null), new PaginaVerzoek(null, 1),
                ANNEMIEK).resultaten().isEmpty();
    }

    /** The baseline of 2018, the last edition before the visie, and this year's measurement. */
    private void leefbaarometer(String kern, BigDecimal cijfer, LocalDate vandaag) {
        var gemaakt = indicatoren.maak(new LegIndicatorVastUseCase.MaakCommand(ANNEMIEK, new IndicatorGegevens(
                "Leefbaarometer " + kern, null, "rapportcijfer", LEEFBAAROMETER, kernen.id(kern),
                new Jaarwaarde(new BigDecimal("7.0"), 2018), null, null)));
        indicatoren.voegMetingToe(new LegIndicatorVastUseCase.MetingCommand(ANNEMIEK, gemaakt.indicator().getId(),
                new Meting(vandaag.withDayOfMonth(1), cijfer, LEEFBAAROMETER, ANNEMIEK.naam())));
    }

    private void overlegtafel(String titel, LocalDate datum, String... kernnamen) {
        bijeenkomsten.legVast(new LegBijeenkomstVastUseCase.Command(ANNEMIEK, new BijeenkomstGegevens(titel,
                Bijeenkomstsoort.OVERLEGTAFEL, datum, List.of(kernnamen).stream().map(kernen::id).toList(), null,
                List.of(), List.of(), null)));
    }
}
