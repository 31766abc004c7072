package nl.kernpunt.bootstrap.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.vraag.VraagFilter;
import nl.kernpunt.application.vraag.port.in.GelezenVraag;
import nl.kernpunt.application.vraag.port.in.RegistreerVraagUseCase;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase.Beantwoorden;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase.Doorzetten;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase.Procesantwoord;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase.WachtOpInwoner;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase;
import nl.kernpunt.application.vraag.port.out.VraagRepository;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.vraag.Antwoordtermijn;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A handful of residents' questions in Buren in different states: two overdue, one due soon, one
 * waiting on the resident, one with a procesantwoord, one answered in time and one late; loaded
 * through the ordinary use cases after {@link DemoGegevens} created the kernen. The askers are
 * fictitious.
 */
@ApplicationScoped
public class DemoVragen {

    /** After DemoGegevens, which observes with the default priority. */
    private static final int NA_DEMOGEGEVENS = Interceptor.Priority.APPLICATION + 700;
    private static final Gemeentecode BUREN = new Gemeentecode("0214");
    private static final Gebruiker KERNAMBTENAAR = new Gebruiker("demo-gegevens", "Jeroen Bosman", BUREN,
            Set.of(Gebruikersrol.KERNAMBTENAAR));
    private static final Contactpersoon OPENBARE_RUIMTE = new Contactpersoon("Team Openbare Ruimte",
            "openbareruimte@buren.example.nl", "0344 579 111");
    private static final Logger LOG = Logger.getLogger(DemoVragen.class);

    private final RegistreerVraagUseCase registreer;
    private final VoerVraagovergangUitUseCase overgang;
    private final KernRepository kernen;
    private final VraagRepository vragen;
    private final Clock klok;
    private final boolean ingeschakeld;

    public DemoVragen(RegistreerVraagUseCase registreer, VoerVraagovergangUitUseCase overgang, KernRepository kernen,
                      VraagRepository vragen, Clock klok,
                      @ConfigProperty(name = "kernpunt.demo-data.enabled", defaultValue = "false") boolean ingeschakeld) {
        this.registreer = registreer;
        this.overgang = overgang;
        this.kernen = kernen;
        this.vragen = vragen;
        this.klok = klok;
        this.ingeschakeld = ingeschakeld;
    }

    @ActivateRequestContext
    void bijStart(@Observes @Priority(NA_DEMOGEGEVENS) StartupEvent start) {
        if (!ingeschakeld || kern("Maurik") == null || heeftAlVragen()) {
            return;
        }
        // overdue: received ten days ago, nobody reacted
        vraag("Maurik", "Lantaarnpaal Rijnbandijk kapot", "De lantaarnpaal bij nummer 12 brandt al weken niet.",
                "Gerrit Hol", 10);
        // overdue although handed on: the colleague has not reacted yet
        GelezenVraag bankje = vraag("Lienden", "Bankje bij de Voorstraat",
                "Kan er weer een bankje komen bij de bushalte aan de Voorstraat?", "Truus Verhoeven", 9);
        overgang.voerUit(new Doorzetten(KERNAMBTENAAR, bankje.vraag().getId(), bankje.vraag().getVersie(),
                OPENBARE_RUIMTE));
        // due within two days
        vraag("Beusichem", "Parkeren bij de school", "Ouders parkeren op de stoep bij de basisschool.",
                "Ahmed El Idrissi", 6);
        // waiting on the resident: the clock stands still
        GelezenVraag afval = vraag("Zoelen", "Afval naast de containers", "Bij de containers staat elke week afval.",
                "Joke Schouten", 2);
        overgang.voerUit(new WachtOpInwoner(KERNAMBTENAAR, afval.vraag().getId(), afval.vraag().getVersie(),
                "Welke containers bedoelt u precies? Een foto helpt."));
        // a procesantwoord within the term: the term is met though the answer comes later
        GelezenVraag speeltuin = vraag("Eck en Wiel", "Speeltoestel speeltuin defect", "De glijbaan is kapot.",
                "Sandra Mulder", 4);
        speeltuin = overgang.voerUit(new Doorzetten(KERNAMBTENAAR, speeltuin.vraag().getId(),
                speeltuin.vraag().getVersie(), OPENBARE_RUIMTE));
        overgang.voerUit(new Procesantwoord(KERNAMBTENAAR, speeltuin.vraag().getId(), speeltuin.vraag().getVersie(),
                "Team Openbare Ruimte vervangt de glijbaan; u hoort het binnen drie weken.",
                LocalDate.ofInstant(klok.instant(), Antwoordtermijn.TIJDZONE).plusDays(21), null));
        GelezenVraag agenda = vraag("Ravenswaaij", "Wanneer is de dorpsavond?", "Wanneer is de volgende dorpsavond?",
                "Bert Kok", 3);
        overgang.voerUit(new Beantwoorden(KERNAMBTENAAR, agenda.vraag().getId(), agenda.vraag().getVersie(),
                "Op 14 maart in het dorpshuis; de uitnodiging volgt."));
        // answered after the term: the monitoring counts it as overschreden
        GelezenVraag stoep = vraag("Buren", "Losliggende stoeptegels", "Op de Markt liggen stoeptegels los.",
                "Kees van Dam", 15);
        overgang.voerUit(new Beantwoorden(KERNAMBTENAAR, stoep.vraag().getId(), stoep.vraag().getVersie(),
                "De stoeptegels zijn deze week vastgelegd."));
        LOG.info("Demogegevens geladen: 7 vragen in Buren");
    }

    private boolean heeftAlVragen() {
        return !vragen.zoek(new VraagFilter(BUREN, null, null, null, null, null, klok.instant()),
                new PaginaVerzoek(null, 1)).resultaten().isEmpty();
    }

    private KernId kern(String naam) {
        return kernen.zoek(new KernFilter(BUREN, null, naam, null, null), new PaginaVerzoek(null, PaginaVerzoek.MAX_GROOTTE))
                .resultaten().stream().filter(k -> k.getProfiel().naam().equals(naam)).map(Kern::getId).findFirst()
                .orElse(null);
    }

    private GelezenVraag vraag(String kern, String onderwerp, String tekst, String vrager, int dagenGeleden) {
        String email = vrager.toLowerCase().replaceAll("[^a-z]", ".") + "@example.nl";
        return registreer.registreer(new RegistreerVraagUseCase.Command(KERNAMBTENAAR, kern(kern), onderwerp, tekst,
                new Contactpersoon(vrager, email, null), klok.instant().minus(Duration.ofDays(dagenGeleden))));
    }
}
