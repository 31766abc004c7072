package nl.kernpunt.application.voordeur.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.gemeente.Instellingen;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.initiatief.port.in.OntvangIdeeVanInwonerUseCase;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.vraag.port.in.GelezenVraag;
import nl.kernpunt.application.vraag.port.in.OntvangVraagVanInwonerUseCase;
import nl.kernpunt.application.voordeur.port.in.DienInUseCase;
import nl.kernpunt.application.voordeur.port.out.AppSleutelRepository;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.voordeur.AppSleutel;

/**
 * The public intake (docs/adr/0021). In this order: count the request against its client's limit
 * (the app key's, when it names a valid one, else the address's), find the kern, require the
 * gemeente's app key when it has one, and only then hand the item to its own feature, which
 * registers it exactly as staff would, with audit and case-system outbox, in this transaction.
 */
@ApplicationScoped
@Transactional
public class VoordeurService implements DienInUseCase {

    /** The words that become the subject or title when the resident names no theme. */
    private static final int KOPLENGTE = 80;
    /** Who asks, as the staff lists show it, when the resident leaves their name out. */
    static final String ANONIEM = "Anonieme inwoner";

    private final VerzoeklimietService begrenzer;
    private final AppSleutelRepository appSleutels;
    private final KernRepository kernen;
    private final GemeenteRepository gemeenten;
    private final OntvangVraagVanInwonerUseCase vragen;
    private final OntvangIdeeVanInwonerUseCase ideeen;

    public VoordeurService(VerzoeklimietService begrenzer, AppSleutelRepository appSleutels, KernRepository kernen,
                           GemeenteRepository gemeenten, OntvangVraagVanInwonerUseCase vragen,
                           OntvangIdeeVanInwonerUseCase ideeen) {
        this.begrenzer = begrenzer;
        this.appSleutels = appSleutels;
        this.kernen = kernen;
        this.gemeenten = gemeenten;
        this.vragen = vragen;
        this.ideeen = ideeen;
    }

    @Override
    public Ontvangstbewijs dienVraagIn(Inzending inzending) {
        Kern kern = laatToe(inzending);
        String tekst = Invoer.verplicht("tekst", inzending.tekst(), 5000);
        GelezenVraag gelezen = vragen.ontvangVanInwoner(kern, kop(inzending.thema(), tekst), tekst, inzender(inzending));
        var vraag = gelezen.vraag();
        return new Ontvangstbewijs(vraag.getReferentie(), vraag.getOntvangenOp(), vraag.getTermijn().dagen(),
                vraag.getTermijn().soort().name().toLowerCase(), gelezen.termijnstand().deadline());
    }

    /**
     * An idea becomes an initiative in status ingediend. Its term is the kern's silence threshold
     * (its own or the gemeente's): the initiative counts as silent if nobody contacts the resident within it.
     */
    @Override
    public Ontvangstbewijs dienIdeeIn(Inzending inzending) {
        Kern kern = laatToe(inzending);
        String tekst = Invoer.verplicht("tekst", inzending.tekst(), 5000);
        GelezenInitiatief gelezen = ideeen.ontvangVanInwoner(kern, kop(inzending.thema(), tekst), tekst,
                inzender(inzending));
        var initiatief = gelezen.initiatief();
        int dagen = Instellingen.stilteDrempelDagen(gemeenten, kern);
        return new Ontvangstbewijs(initiatief.getReferentie(), initiatief.getAangemaaktOp(), dagen, "kalenderdagen",
                initiatief.getAangemaaktOp().plus(Duration.ofDays(dagen)));
    }

    /** The guards, each once: request limit, kern, app key. */
    private Kern laatToe(Inzending inzending) {
        String gegevenSleutel = inzending.afzender().appSleutel();
        Optional<AppSleutel> sleutel = gegevenSleutel == null ? Optional.empty()
                : appSleutels.vindOpHash(AppSleutel.hash(gegevenSleutel)).filter(AppSleutel::isGeldig);
        String client = sleutel.map(s -> "app-sleutel:" + s.getId()).orElse("adres:" + inzending.afzender().adres());
        begrenzer.tel(AppSleutel.hash(client), sleutel.isPresent());
        Kern kern = Optional.ofNullable(inzending.kern()).flatMap(kernen::vind).filter(k -> !k.isGearchiveerd())
                .orElseThrow(() -> new OngeldigeWaarde("kern", "kern-onbekend", "is geen kern die inzendingen ontvangt"));
        if (appSleutels.heeftGeldige(kern.getGemeente())) {
            if (gegevenSleutel == null) {
                throw new GeenToegang("app-sleutel-ontbreekt",
                        "Deze gemeente neemt inzendingen alleen aan via haar app (header Kernpunt-App-Sleutel).");
            }
            if (sleutel.filter(s -> s.getGemeente().equals(kern.getGemeente())).isEmpty()) {
                throw new GeenToegang("app-sleutel-ongeldig", "De app-sleutel is onbekend, ingetrokken of van een andere gemeente.");
            }
        }
        return kern;
    }

    /** The resident's own theme, or the first words of the text. */
    private static String kop(String thema, String tekst) {
        String gegeven = Invoer.optioneel("thema", thema, 100);
        if (gegeven != null) {
            return gegeven;
        }
        String eersteRegel = tekst.lines().findFirst().orElse(tekst).strip();
        return eersteRegel.length() <= KOPLENGTE ? eersteRegel : eersteRegel.substring(0, KOPLENGTE - 1).strip() + "…";
    }

    /** What the resident chose to give; without a name the lists say so, as a name is required of a contact. */
    private static Contactpersoon inzender(Inzending inzending) {
        String naam = Invoer.optioneel("naam", inzending.naam(), 100);
        return new Contactpersoon(naam == null ? ANONIEM : naam, inzending.email(), inzending.telefoon());
    }
}
