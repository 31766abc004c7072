package nl.kernpunt.bootstrap.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gemeente.port.in.RegistreerGemeenteUseCase;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.kern.port.in.MaakKernUseCase;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.kern.Communicatiekanaal;
import nl.kernpunt.domain.kern.ConvenantStatus;
import nl.kernpunt.domain.kern.Dorpsbelangenorganisatie;
import nl.kernpunt.domain.kern.KanaalType;
import nl.kernpunt.domain.kern.KernProfiel;
import nl.kernpunt.domain.kern.Uitrolfase;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo gemeenten and Buren's kernen through the ordinary use cases, once, into an empty
 * database, so a front-end developer sees real-looking data at once. The people and the RSINs are
 * fictitious; the place names, areas and pilot/mirror kernen come from the source documents.
 */
@ApplicationScoped
public class DemoGegevens {

    private static final Logger LOG = Logger.getLogger(DemoGegevens.class);
    private static final Gemeentecode BUREN = new Gemeentecode("0214");

    private final RegistreerGemeenteUseCase registreerGemeente;
    private final MaakKernUseCase maakKern;
    private final GemeenteRepository gemeenten;
    private final boolean ingeschakeld;

    public DemoGegevens(RegistreerGemeenteUseCase registreerGemeente, MaakKernUseCase maakKern,
                        GemeenteRepository gemeenten,
                        @ConfigProperty(name = "kernpunt.demo-data.enabled", defaultValue = "false") boolean ingeschakeld) {
        this.registreerGemeente = registreerGemeente;
        this.maakKern = maakKern;
        this.gemeenten = gemeenten;
        this.ingeschakeld = ingeschakeld;
    }

    @ActivateRequestContext
    void bijStart(@Observes StartupEvent start) {
        if (!ingeschakeld || gemeenten.bestaat(BUREN)) {
            return;
        }
        registreer("0214", "Buren", "002220647");
        registreer("1960", "West Betuwe", "001000019");
        registreer("0797", "Heusden", "001000020");
        BurenKernen.ALLE.forEach(this::maakBurenKern);
        LOG.infof("Demogegevens geladen: 3 gemeenten en %d kernen van Buren", BurenKernen.ALLE.size());
    }

    private void registreer(String code, String naam, String rsin) {
        registreerGemeente.registreer(new RegistreerGemeenteUseCase.Command(beheerderVan(code), new Gemeentecode(code),
                naam, new Rsin(rsin), null));
    }

    private void maakBurenKern(BurenKernen.Kern kern) {
        KernProfiel profiel = new KernProfiel(kern.naam(), kern.gebied(), kern.fase(), organisaties(kern.naam()),
                kanalen(kern.naam()));
        maakKern.maak(new MaakKernUseCase.Command(beheerderVan(BUREN.waarde()), profiel, kern.kernambtenaar(),
                new Contactpersoon(kern.kernwethouder(), null, "0344 579 111")));
    }

    private static List<Dorpsbelangenorganisatie> organisaties(String kern) {
        return switch (kern) {
            case "Maurik" -> List.of(new Dorpsbelangenorganisatie("Vereniging Dorpsbelang Maurik",
                    LocalDate.of(2021, 6, 1), ConvenantStatus.AFGESLOTEN));
            // Lingemeer is a neighbourhood of Beusichem with its own belangenvereniging (000 §3.2.2)
            case "Beusichem" -> List.of(new Dorpsbelangenorganisatie("Beusichem Leeft", null, ConvenantStatus.GEEN),
                    new Dorpsbelangenorganisatie("Belangenvereniging Lingemeer",
                            LocalDate.of(2019, 9, 1), ConvenantStatus.AFGESLOTEN));
            case "Ravenswaaij" -> List.of(new Dorpsbelangenorganisatie("Stichting Dorpsraad Ravenswaaij",
                    LocalDate.of(2020, 11, 15), ConvenantStatus.AFGESLOTEN));
            case "Zoelen" -> List.of(new Dorpsbelangenorganisatie("Dorpsbelang Zoelen", null, ConvenantStatus.IN_VOORBEREIDING));
            default -> List.of();
        };
    }

    private static List<Communicatiekanaal> kanalen(String kern) {
        return switch (kern) {
            case "Lienden" -> List.of(new Communicatiekanaal(KanaalType.LICHTKRANT, "Lichtkrant Lienden", 2500));
            case "Zoelen" -> List.of(new Communicatiekanaal(KanaalType.WHATSAPP_GROEP, "WhatsApp-buurtpreventie Zoelen", 320));
            case "Beusichem" -> List.of(new Communicatiekanaal(KanaalType.DORPSKRANT, "Dorpskrant Beusichem", 1800),
                    new Communicatiekanaal(KanaalType.FACEBOOK_PAGINA, "Beusichem Nu", 900));
            default -> List.of(new Communicatiekanaal(KanaalType.NIEUWSBRIEF, "Nieuwsbrief kern " + kern, null));
        };
    }

    private static Gebruiker beheerderVan(String code) {
        return new Gebruiker("demo-gegevens", "Demogegevens", new Gemeentecode(code), Set.of(Gebruikersrol.BEHEERDER));
    }

    /**
     * Buren's fifteen kernen (seeds 000 §2 and 004: "de vijftien kernen") with GGD area, rollout phase
     * (pilot and mirror kernen, 001) and fictitious staff. Lingemeer, named beside them in 000, is a
     * part of Beusichem, not a kern of its own.
     */
    static final class BurenKernen {

        record Kern(String naam, String gebied, Uitrolfase fase, Contactpersoon kernambtenaar, String kernwethouder) {
        }

        private static final Contactpersoon ANNEMIEK = new Contactpersoon("Annemiek Verhoef", "a.verhoef@buren.example.nl", "0344 579 201");
        private static final Contactpersoon JEROEN = new Contactpersoon("Jeroen Bosman", "j.bosman@buren.example.nl", "0344 579 202");
        private static final Contactpersoon FATIMA = new Contactpersoon("Fatima Amrani", "f.amrani@buren.example.nl", "0344 579 203");
        private static final Contactpersoon PIETER = new Contactpersoon("Pieter de Wit", "p.dewit@buren.example.nl", "0344 579 204");

        static final List<Kern> ALLE = List.of(
                new Kern("Asch", "Buren e.o.", Uitrolfase.BEGINSITUATIE, JEROEN, "Wethouder Van Dijk"),
                new Kern("Beusichem", "Beusichem e.o.", Uitrolfase.BEGINSITUATIE, PIETER, "Wethouder Hermans"),
                new Kern("Buren", "Buren e.o.", Uitrolfase.BEGINSITUATIE, JEROEN, "Wethouder Van Dijk"),
                new Kern("Eck en Wiel", "Maurik e.o.", Uitrolfase.BEGINSITUATIE, FATIMA, "Wethouder Smits"),
                new Kern("Erichem", "Buren e.o.", Uitrolfase.BEGINSITUATIE, JEROEN, "Wethouder Van Dijk"),
                new Kern("Ingen", "Lienden e.o.", Uitrolfase.UITVOEREN, ANNEMIEK, "Wethouder Smits"),
                new Kern("Kapel-Avezaath", "Buren e.o.", Uitrolfase.BEGINSITUATIE, JEROEN, "Wethouder Hermans"),
                new Kern("Kerk-Avezaath", "Buren e.o.", Uitrolfase.STARTEN, JEROEN, "Wethouder Hermans"),
                new Kern("Lienden", "Lienden e.o.", Uitrolfase.BEGINSITUATIE, ANNEMIEK, "Wethouder Smits"),
                new Kern("Maurik", "Maurik e.o.", Uitrolfase.STARTEN, FATIMA, "Wethouder Smits"),
                new Kern("Ommeren", "Lienden e.o.", Uitrolfase.STARTEN, ANNEMIEK, "Wethouder Van Dijk"),
                new Kern("Ravenswaaij", "Maurik e.o.", Uitrolfase.UITVOEREN, FATIMA, "Wethouder Smits"),
                new Kern("Rijswijk", "Maurik e.o.", Uitrolfase.BEGINSITUATIE, FATIMA, "Wethouder Smits"),
                new Kern("Zoelen", "Buren e.o.", Uitrolfase.UITVOEREN, ANNEMIEK, "Wethouder Van Dijk"),
                new Kern("Zoelmond", "Beusichem e.o.", Uitrolfase.BEGINSITUATIE, PIETER, "Wethouder Hermans"));

        private BurenKernen() {
        }
    }
}
