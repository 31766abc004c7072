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
import java.util.List;
import java.util.Set;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.initiatief.InitiatiefFilter;
import nl.kernpunt.application.initiatief.port.in.BepaalRolUseCase;
import nl.kernpunt.application.initiatief.port.in.DienInitiatiefInUseCase;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.initiatief.port.in.HandelAfspraakAfUseCase;
import nl.kernpunt.application.initiatief.port.in.LegContactmomentVastUseCase;
import nl.kernpunt.application.initiatief.port.in.LegInitiatiefstapVastUseCase;
import nl.kernpunt.application.initiatief.port.in.MaakAfspraakUseCase;
import nl.kernpunt.application.initiatief.port.in.VoerStatusovergangUitUseCase;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Afspraak;
import nl.kernpunt.domain.initiatief.AfspraakStatus;
import nl.kernpunt.domain.initiatief.InitiatiefGegevens;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Kanaal;
import nl.kernpunt.domain.initiatief.Ondersteuning;
import nl.kernpunt.domain.initiatief.Partij;
import nl.kernpunt.domain.initiatief.Rol;
import nl.kernpunt.domain.initiatief.Stap;
import nl.kernpunt.domain.initiatief.Vorm;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A few of Buren's initiatives in different states, taken from the source documents (the containers
 * in Kerk-Avezaath, the road redesign in Beusichem and Zoelmond, the village hall in Zoelen), loaded
 * through the ordinary use cases after {@link DemoGegevens} created the kernen. The initiators are
 * fictitious.
 */
@ApplicationScoped
public class DemoInitiatieven {

    /** After DemoGegevens, which observes with the default priority. */
    private static final int NA_DEMOGEGEVENS = Interceptor.Priority.APPLICATION + 600;
    private static final Gemeentecode BUREN = new Gemeentecode("0214");
    private static final Gebruiker KERNAMBTENAAR = new Gebruiker("demo-gegevens", "Jeroen Bosman", BUREN,
            Set.of(Gebruikersrol.KERNAMBTENAAR));
    private static final Logger LOG = Logger.getLogger(DemoInitiatieven.class);

    private final DienInitiatiefInUseCase dienIn;
    private final VoerStatusovergangUitUseCase statusovergang;
    private final BepaalRolUseCase bepaalRol;
    private final LegContactmomentVastUseCase contactmoment;
    private final MaakAfspraakUseCase maakAfspraak;
    private final HandelAfspraakAfUseCase handelAf;
    private final LegInitiatiefstapVastUseCase legStapVast;
    private final DemoKernen kernen;
    private final InitiatiefRepository initiatieven;
    private final Clock klok;
    private final boolean ingeschakeld;

    public DemoInitiatieven(DienInitiatiefInUseCase dienIn, VoerStatusovergangUitUseCase statusovergang,
                            BepaalRolUseCase bepaalRol, LegContactmomentVastUseCase contactmoment,
                            MaakAfspraakUseCase maakAfspraak, HandelAfspraakAfUseCase handelAf,
                            LegInitiatiefstapVastUseCase legStapVast, DemoKernen kernen, InitiatiefRepository initiatieven, Clock klok,
                            @ConfigProperty(name = "kernpunt.demo-data.enabled", defaultValue = "false") boolean ingeschakeld) {
        this.dienIn = dienIn;
        this.statusovergang = statusovergang;
        this.bepaalRol = bepaalRol;
        this.contactmoment = contactmoment;
        this.maakAfspraak = maakAfspraak;
        this.handelAf = handelAf;
        this.legStapVast = legStapVast;
        this.kernen = kernen;
        this.initiatieven = initiatieven;
        this.klok = klok;
        this.ingeschakeld = ingeschakeld;
    }

    @ActivateRequestContext
    void bijStart(@Observes @Priority(NA_DEMOGEGEVENS) StartupEvent start) {
        if (!ingeschakeld || kernen.vind("Kerk-Avezaath").isEmpty() || heeftAlInitiatieven()) {
            return;
        }
        GelezenInitiatief containers = dienIn("Kerk-Avezaath", "Geen afval meer naast de containers",
                "Bewoners zien steeds vaker vuilniszakken naast de ondergrondse containers. Zij willen samen met Avri "
                        + "een opruimactie en borden, en spreken buren aan.", new Vorm(false, false, false),
                Set.of(Ondersteuning.KENNIS, Ondersteuning.NETWERK, Ondersteuning.VAST_AANSPREEKPUNT), "Henk van Rijn");
        containers = stap(containers, Stap.KEN_DE_GESCHIEDENIS,
                "Eerder bijplaatsingen gemeld bij Avri; nog geen bewonersactie in Kerk-Avezaath.");
        containers = naar(containers, InitiatiefStatus.IN_BEHANDELING, null);
        containers = stap(containers, Stap.BEPAAL_JE_HOUDING, "Positief: schone straten passen bij de kernagenda.");
        containers = rol(containers, Rol.FACILITEREN, "Past bij de kernagenda; de kernambtenaar regelt het contact met Avri.");
        // the Rol decided is step 3 done (004, "Onze rol bepalen"), so an initiative in uitvoering has it recorded
        containers = stap(containers, Stap.BEPAAL_JE_ROL, "Faciliteren: contact met Avri en borden; de bewoners ruimen op.");
        containers = contact(containers, Kanaal.GESPREK, "Rol en afspraken met de bewoners en Avri besproken.");
        containers = naar(containers, InitiatiefStatus.ROL_BEPAALD, null);
        containers = afspraak(containers, "Avri plaatst borden bij de containers", Partij.GEMEENTE, "Jeroen Bosman", 14);
        containers = afspraak(containers, "Opruimactie met de buurt", Partij.INITIATIEFNEMERS, "Henk van Rijn", 30);
        containers = stap(containers, Stap.ZORG_VOOR_DUIDELIJKHEID, "Afspraken over borden en opruimactie vastgelegd.");
        // settled agreements, so the monitoring shows kept and broken ones too
        containers = afspraak(containers, "Contact met Avri leggen", Partij.GEMEENTE, "Jeroen Bosman", -3);
        containers = handelLaatsteAfspraakAf(containers, AfspraakStatus.NAGEKOMEN, null);
        containers = afspraak(containers, "Buurtapp starten", Partij.INITIATIEFNEMERS, "Henk van Rijn", -1);
        containers = handelLaatsteAfspraakAf(containers, AfspraakStatus.NIET_NAGEKOMEN,
                "Te weinig aanmeldingen; de bewoners gebruiken de bestaande WhatsApp-groep");
        naar(containers, InitiatiefStatus.IN_UITVOERING, "Opruimactie gepland");

        GelezenInitiatief beusichem = dienIn("Beusichem", "Herinrichting Molenstraat met bewonerskerngroep",
                "Een kerngroep van bewoners denkt mee over de herinrichting van de weg: veiliger voor fietsers en "
                        + "schoolkinderen, met meer groen.", new Vorm(true, false, false),
                Set.of(Ondersteuning.KENNIS, Ondersteuning.BELEIDSRUIMTE), "Marieke Jansen");
        beusichem = naar(beusichem, InitiatiefStatus.IN_BEHANDELING, null);
        // an agreement already past its due date, so the overdue list shows something
        beusichem = afspraak(beusichem, "Schetsontwerp delen met de kerngroep", Partij.GEMEENTE, "Pieter de Wit", -7);
        rol(beusichem, Rol.COPRODUCEREN, "De gemeente is wegbeheerder; ontwerp samen met de kerngroep.");

        GelezenInitiatief zoelmond = dienIn("Zoelmond", "Herinrichting Dorpsstraat Zoelmond",
                "Bewoners willen bij de herinrichting van de Dorpsstraat ook een plek om elkaar te ontmoeten.",
                new Vorm(false, false, false), Set.of(Ondersteuning.GELD, Ondersteuning.KENNIS), "Kees de Graaf");
        naar(zoelmond, InitiatiefStatus.IN_BEHANDELING, null);

        dienIn("Zoelen", "Toekomst van het dorpshuis",
                "Dorpsbelang Zoelen wil het dorpshuis overnemen en als ontmoetingsplek openhouden.",
                new Vorm(true, true, true), Set.of(Ondersteuning.GELD, Ondersteuning.FACILITEITEN), "Ria Willemsen");

        GelezenInitiatief rijswijk = dienIn("Rijswijk", "Jeu-de-boulesbaan op het kerkplein",
                "Een paar buren willen een jeu-de-boulesbaan op het kerkplein.", new Vorm(false, true, false),
                Set.of(Ondersteuning.GELD), "Tom Bakker");
        naar(rijswijk, InitiatiefStatus.AFGEWEZEN,
                "Het kerkplein is in 2027 nodig voor de riolering; samen zoeken naar een andere plek.");
        LOG.info("Demogegevens geladen: 5 initiatieven in Buren");
    }

    private boolean heeftAlInitiatieven() {
        return !initiatieven.zoek(new InitiatiefFilter(BUREN, null, null, null, null, null, null),
                new PaginaVerzoek(null, 1)).resultaten().isEmpty();
    }

    private GelezenInitiatief dienIn(String kern, String titel, String omschrijving, Vorm vorm,
                                     Set<Ondersteuning> ondersteuning, String initiatiefnemer) {
        String email = initiatiefnemer.toLowerCase().replaceAll("[^a-z]", ".") + "@example.nl";
        InitiatiefGegevens gegevens = new InitiatiefGegevens(titel, omschrijving, vorm, ondersteuning,
                List.of(new Contactpersoon(initiatiefnemer, email, null)),
                new Contactpersoon("Lotte Vermeulen", "l.vermeulen@buren.example.nl", "0344 579 210"));
        return dienIn.dienIn(new DienInitiatiefInUseCase.Command(KERNAMBTENAAR, kernen.id(kern), gegevens));
    }

    private GelezenInitiatief naar(GelezenInitiatief initiatief, InitiatiefStatus status, String reden) {
        return statusovergang.voerUit(new VoerStatusovergangUitUseCase.Command(KERNAMBTENAAR,
                initiatief.initiatief().getId(), initiatief.initiatief().getVersie(), status, reden));
    }

    private GelezenInitiatief rol(GelezenInitiatief initiatief, Rol rol, String reden) {
        return bepaalRol.bepaal(new BepaalRolUseCase.Command(KERNAMBTENAAR, initiatief.initiatief().getId(),
                initiatief.initiatief().getVersie(), rol, reden));
    }

    private GelezenInitiatief afspraak(GelezenInitiatief initiatief, String wat, Partij door, String verantwoordelijke,
                                       int dagenVanaf) {
        LocalDate deadline = LocalDate.ofInstant(klok.instant(), ZoneId.of("Europe/Amsterdam")).plusDays(dagenVanaf);
        return maakAfspraak.maak(new MaakAfspraakUseCase.Command(KERNAMBTENAAR, initiatief.initiatief().getId(),
                initiatief.initiatief().getVersie(), wat, door, verantwoordelijke, deadline));
    }

    private GelezenInitiatief handelLaatsteAfspraakAf(GelezenInitiatief initiatief, AfspraakStatus status, String reden) {
        List<Afspraak> afspraken = initiatief.initiatief().getAfspraken();
        return handelAf.handelAf(new HandelAfspraakAfUseCase.Command(KERNAMBTENAAR, initiatief.initiatief().getId(),
                initiatief.initiatief().getVersie(), afspraken.get(afspraken.size() - 1).id(), status, reden));
    }

    private GelezenInitiatief stap(GelezenInitiatief initiatief, Stap stap, String uitkomst) {
        return legStapVast.legVast(new LegInitiatiefstapVastUseCase.Command(KERNAMBTENAAR, initiatief.initiatief().getId(),
                initiatief.initiatief().getVersie(), stap, uitkomst,
                LocalDate.ofInstant(klok.instant(), ZoneId.of("Europe/Amsterdam"))));
    }

    private GelezenInitiatief contact(GelezenInitiatief initiatief, Kanaal kanaal, String samenvatting) {
        return contactmoment.legVast(new LegContactmomentVastUseCase.Command(KERNAMBTENAAR,
                initiatief.initiatief().getId(), klok.instant(), kanaal, samenvatting));
    }
}
