package nl.kernpunt.application.initiatief.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.List;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.verwerking.Handeling;
import nl.kernpunt.application.gedeeld.verwerking.Verwerkt;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijderingen;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.initiatief.Intrekking;
import nl.kernpunt.application.initiatief.port.in.BepaalRolUseCase;
import nl.kernpunt.application.initiatief.port.in.BeslisOverUitdagingUseCase;
import nl.kernpunt.application.initiatief.port.in.DienInitiatiefInUseCase;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.initiatief.port.in.HandelAfspraakAfUseCase;
import nl.kernpunt.application.initiatief.port.in.LegContactmomentVastUseCase;
import nl.kernpunt.application.initiatief.port.in.LegInitiatiefstapVastUseCase;
import nl.kernpunt.application.initiatief.port.in.MaakAfspraakUseCase;
import nl.kernpunt.application.initiatief.port.in.MarkeerInitiatiefAlsSpamUseCase;
import nl.kernpunt.application.initiatief.port.in.OntvangIdeeVanInwonerUseCase;
import nl.kernpunt.application.initiatief.port.in.NeemBegrotingsideeOverUseCase;
import nl.kernpunt.application.initiatief.port.in.NeemInitiatiefwerkOverUseCase;
import nl.kernpunt.application.initiatief.port.in.VoerStatusovergangUitUseCase;
import nl.kernpunt.application.initiatief.port.in.WijzigInitiatiefUseCase;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.Kernkeuze;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.zaaksysteem.Initiatiefzaak;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.application.zaaksysteem.Zaaksoort;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakOutbox;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.initiatief.Afspraak;
import nl.kernpunt.domain.initiatief.Contactmoment;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefGegevens;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Ondersteuning;
import nl.kernpunt.domain.initiatief.Rolbepaling;
import nl.kernpunt.domain.initiatief.Statusovergang;
import nl.kernpunt.domain.initiatief.Vorm;
import nl.kernpunt.domain.initiatief.Uitdagingsbesluit;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.Kernoverdracht;

/**
 * The write side of initiatieven; one transaction per use case, and every change leaves an audit
 * line in that same transaction. Any member of staff may register an initiative, correct it,
 * record contacts, record the steps' outcomes and make or settle agreements; the decisions (status and Rol) are the kernambtenaar's or the beheerder's.
 * Registering and moving the status also place an opdracht for the case system in the outbox, in the
 * same transaction (docs/adr/0012).
 */
@ApplicationScoped
@Transactional
@Verwerkt(Handeling.WIJZIGEN)
public class InitiatiefService implements DienInitiatiefInUseCase, WijzigInitiatiefUseCase,
        VoerStatusovergangUitUseCase, BepaalRolUseCase, LegContactmomentVastUseCase, MaakAfspraakUseCase,
        HandelAfspraakAfUseCase, LegInitiatiefstapVastUseCase, OntvangIdeeVanInwonerUseCase,
        MarkeerInitiatiefAlsSpamUseCase, NeemBegrotingsideeOverUseCase,
        NeemInitiatiefwerkOverUseCase, BeslisOverUitdagingUseCase {


    private final InitiatiefRepository initiatieven;
    private final KernRepository kernen;
    private final Auditspoor auditspoor;
    private final ZaakOutbox zaakOutbox;
    private final Verwijderingen verwijderingen;
    private final Initiatiefweergaven weergaven;
    private final Clock klok;

    public InitiatiefService(InitiatiefRepository initiatieven, KernRepository kernen, GemeenteRepository gemeenten,
                             Auditspoor auditspoor, ZaakOutbox zaakOutbox, Verwijderingen verwijderingen, Clock klok) {
        this.initiatieven = initiatieven;
        this.verwijderingen = verwijderingen;
        this.kernen = kernen;
        this.auditspoor = auditspoor;
        this.zaakOutbox = zaakOutbox;
        this.weergaven = new Initiatiefweergaven(gemeenten, kernen, klok);
        this.klok = klok;
    }

    @Override
    public GelezenInitiatief dienIn(DienInitiatiefInUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        vereisMedewerker(gebruiker);
        Kern kern = Kernkeuze.nieuw(kernen, command.kern(), gebruiker, "kern");
        return weergaven.van(registreer(kern, command.gegevens(), gebruiker.naam(), gebruiker.id(), Map.of()));
    }

    /**
     * An idea from the public front door: the resident is the one initiator, and the form is not
     * known yet (not organised, incidental) until staff correct it after the first contact.
     */
    @Override
    public GelezenInitiatief ontvangVanInwoner(Kern kern, String titel, String omschrijving, Contactpersoon inwoner) {
        return weergaven.van(registreer(kern, new InitiatiefGegevens(titel, omschrijving, new Vorm(false, false, false),
                Set.of(), List.of(inwoner), null), Auditregel.INWONER, Auditregel.INWONER, Map.of()));
    }

    @Override
    public GelezenInitiatief markeerAlsSpam(MarkeerInitiatiefAlsSpamUseCase.Command command) {
        command.gebruiker().vereistEenVan(Gebruikersrol.BEHEERDER, Gebruikersrol.KERNAMBTENAAR);
        Initiatief initiatief = laad(command.gebruiker(), command.initiatief());
        if (!initiatief.markeerAlsSpam(klok)) {
            return weergaven.van(initiatief);
        }
        audit(initiatief, command.gebruiker(), "als-spam-gemarkeerd", Map.of("status", initiatief.getStatus().extern()));
        return weergaven.van(initiatieven.bewaar(initiatief));
    }

    @Override
    public InitiatiefId neemOver(NeemBegrotingsideeOverUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        Kern kern = kernen.vind(command.kern())
                .filter(k -> gebruiker.hoortBij(k.getGemeente()))
                .orElseThrow(() -> new NietGevonden("kern", command.kern()));
        InitiatiefGegevens gegevens = new InitiatiefGegevens(command.titel(), command.omschrijving(),
                new Vorm(false, false, false), Set.of(Ondersteuning.GELD),
                List.of(new Contactpersoon("Bewoners van " + kern.getProfiel().naam(), null, null)), null);
        return registreer(kern, gegevens, gebruiker.naam(), gebruiker.id(), Map.of("bron", "begrotingsronde")).getId();
    }

    /** {@code door} goes into the initiative's own history, {@code wie} (a user id or a role) into the trail. */
    private Initiatief registreer(Kern kern, InitiatiefGegevens gegevens, String door, String wie,
                                  Map<String, String> meer) {
        Initiatief opgeslagen = initiatieven.voegToe(Initiatief.dienIn(kern.getGemeente(), kern.getId(), gegevens,
                door, klok));
        Map<String, String> auditgegevens = new LinkedHashMap<>(Map.of("titel", opgeslagen.getGegevens().titel(),
                "kern", kern.getId().toString(), "status", InitiatiefStatus.INGEDIEND.extern()));
        auditgegevens.putAll(meer);
        audit(opgeslagen, wie, "ingediend", auditgegevens);
        zaakOutbox.plaats(Initiatiefzaak.registratie(opgeslagen), klok.instant());
        return opgeslagen;
    }

    @Override
    public GelezenInitiatief wijzig(WijzigInitiatiefUseCase.Command command) {
        vereisMedewerker(command.gebruiker());
        Initiatief initiatief = laadVoorWijziging(command.gebruiker(), command.initiatief(), command.verwachteVersie());
        initiatief.wijzig(command.gegevens(), klok);
        // the initiators' names are personal data: the trail says that they changed, not to what
        audit(initiatief, command.gebruiker(), "gewijzigd", Map.of("titel", command.gegevens().titel(),
                "betrokkenen", String.valueOf(command.gegevens().betrokkenen().size())));
        return weergaven.van(initiatieven.bewaar(initiatief));
    }

    @Override
    public GelezenInitiatief voerUit(VoerStatusovergangUitUseCase.Command command) {
        command.gebruiker().vereistEenVan(Gebruikersrol.BEHEERDER, Gebruikersrol.KERNAMBTENAAR);
        Initiatief initiatief = laadVoorWijziging(command.gebruiker(), command.initiatief(), command.verwachteVersie());
        InitiatiefStatus van = initiatief.getStatus();
        initiatief.gaNaar(command.naar(), command.reden(), command.gebruiker().naam(), klok);
        Intrekking.meldNaStatuswijziging(initiatief, verwijderingen);
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("van", van.extern());
        gegevens.put("naar", command.naar().extern());
        if (command.reden() != null && !command.reden().isBlank()) {
            gegevens.put("reden", command.reden().strip());
        }
        audit(initiatief, command.gebruiker(), "status-gewijzigd", gegevens);
        zaakOutbox.plaats(Initiatiefzaak.status(initiatief, initiatief.laatsteOvergang()), klok.instant());
        return weergaven.van(initiatieven.bewaar(initiatief));
    }

    @Override
    public GelezenInitiatief bepaal(BepaalRolUseCase.Command command) {
        command.gebruiker().vereistEenVan(Gebruikersrol.BEHEERDER, Gebruikersrol.KERNAMBTENAAR);
        Initiatief initiatief = laadVoorWijziging(command.gebruiker(), command.initiatief(), command.verwachteVersie());
        String vorige = initiatief.getRol().map(r -> r.name().toLowerCase()).orElse("");
        initiatief.bepaalRol(command.rol(), command.reden(), command.gebruiker().naam(), klok);
        Rolbepaling bepaling = initiatief.laatsteRolbepaling();
        audit(initiatief, command.gebruiker(), "rol-bepaald", Map.of("vorigeRol", vorige,
                "rol", bepaling.rol().name().toLowerCase(), "fase", bepaling.fase().extern(), "reden", bepaling.reden()));
        return weergaven.van(initiatieven.bewaar(initiatief));
    }

    @Override
    public GelezenInitiatief beslis(BeslisOverUitdagingUseCase.Command command) {
        command.gebruiker().vereistEenVan(Gebruikersrol.BEHEERDER, Gebruikersrol.KERNAMBTENAAR);
        Initiatief initiatief = laadVoorWijziging(command.gebruiker(), command.initiatief(), command.verwachteVersie());
        initiatief.beslisOverUitdaging(command.aanvaard(), command.reden(), command.gebruiker().naam(), klok);
        Uitdagingsbesluit besluit = initiatief.getUitdagingsbesluit().orElseThrow();
        audit(initiatief, command.gebruiker(), "uitdaging-beslist", Map.of("aanvaard",
                String.valueOf(besluit.aanvaard()), "reden", besluit.reden()));
        return weergaven.van(initiatieven.bewaar(initiatief));
    }

    @Override
    public GelezenInitiatief legVast(LegContactmomentVastUseCase.Command command) {
        vereisMedewerker(command.gebruiker());
        Initiatief initiatief = laad(command.gebruiker(), command.initiatief());
        Contactmoment contact = new Contactmoment(command.op(), command.kanaal(), command.samenvatting(),
                command.gebruiker().naam());
        initiatief.legContactVast(contact, klok);
        audit(initiatief, command.gebruiker(), "contactmoment-vastgelegd", Map.of("op", contact.op().toString(),
                "kanaal", contact.kanaal().name().toLowerCase()));
        return weergaven.van(initiatieven.bewaar(initiatief));
    }

    @Override
    public GelezenInitiatief maak(MaakAfspraakUseCase.Command command) {
        vereisMedewerker(command.gebruiker());
        Initiatief initiatief = laadVoorWijziging(command.gebruiker(), command.initiatief(), command.verwachteVersie());
        Afspraak afspraak = initiatief.maakAfspraak(command.wat(), command.door(), command.verantwoordelijke(),
                command.deadline(), klok);
        audit(initiatief, command.gebruiker(), "afspraak-gemaakt", gemaakt(afspraak));
        return weergaven.van(initiatieven.bewaar(initiatief));
    }

    @Override
    public void neemOver(Kernoverdracht overdracht, Gebruiker door) {
        int drempel = weergaven.stilteDrempelDagen(door.gemeente(), overdracht.kern());
        LocalDate vandaag = weergaven.vandaag();
        for (Initiatief initiatief : initiatieven.metOpenWerk(overdracht.kern())) {
            List<Afspraak> overgedragen = initiatief.draagAfsprakenOver(overdracht, klok);
            overgedragen.forEach(afspraak -> audit(initiatief, door, "afspraak-overgedragen", Map.of(
                    "afspraak", afspraak.id().toString(), "functie", "kernambtenaar")));
            Optional<Afspraak> contact = initiatief.wijsStilteToe(overdracht, drempel, vandaag, klok);
            contact.ifPresent(afspraak -> audit(initiatief, door, "afspraak-gemaakt", gemaakt(afspraak)));
            if (!overgedragen.isEmpty() || contact.isPresent()) {
                initiatieven.bewaar(initiatief);
            }
        }
    }

    /** The responsible person is named in the agreement itself (correctable, erasable), never in the trail. */
    private static Map<String, String> gemaakt(Afspraak afspraak) {
        return Map.of("afspraak", afspraak.id().toString(), "wat", afspraak.wat(),
                "door", afspraak.door().name().toLowerCase(), "deadline", afspraak.deadline().toString());
    }

    @Override
    public GelezenInitiatief handelAf(HandelAfspraakAfUseCase.Command command) {
        vereisMedewerker(command.gebruiker());
        Initiatief initiatief = laadVoorWijziging(command.gebruiker(), command.initiatief(), command.verwachteVersie());
        if (initiatief.getAfspraak(command.afspraak()).isEmpty()) {
            throw new NietGevonden("afspraak", command.afspraak());
        }
        Afspraak afspraak = initiatief.handelAfspraakAf(command.afspraak(), command.status(), command.reden(), klok);
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("afspraak", afspraak.id().toString());
        gegevens.put("status", afspraak.status().name().toLowerCase().replace('_', '-'));
        if (afspraak.reden() != null) {
            gegevens.put("reden", afspraak.reden());
        }
        audit(initiatief, command.gebruiker(), "afspraak-afgehandeld", gegevens);
        return weergaven.van(initiatieven.bewaar(initiatief));
    }

    @Override
    public GelezenInitiatief legVast(LegInitiatiefstapVastUseCase.Command command) {
        vereisMedewerker(command.gebruiker());
        Initiatief initiatief = laadVoorWijziging(command.gebruiker(), command.initiatief(), command.verwachteVersie());
        initiatief.legStapVast(command.stap(), command.uitkomst(), command.datum(), command.gebruiker().naam(),
                weergaven.vandaag(), klok);
        audit(initiatief, command.gebruiker(), "stap-vastgelegd", Map.of(
                "stap", command.stap().name().toLowerCase().replace('_', '-'),
                "uitkomst", command.uitkomst().strip(), "datum", command.datum().toString()));
        return weergaven.van(initiatieven.bewaar(initiatief));
    }

    private static void vereisMedewerker(Gebruiker gebruiker) {
    }

    /** An initiative of another gemeente is reported exactly like a missing one. */
    private Initiatief laad(Gebruiker gebruiker, InitiatiefId id) {
        return initiatieven.vind(id)
                .filter(i -> gebruiker.hoortBij(i.getGemeente()))
                .orElseThrow(() -> new NietGevonden("initiatief", id));
    }

    private Initiatief laadVoorWijziging(Gebruiker gebruiker, InitiatiefId id, long verwachteVersie) {
        Initiatief initiatief = laad(gebruiker, id);
        VersieVerouderd.controleer("initiatief", id, verwachteVersie, initiatief.getVersie());
        return initiatief;
    }

    private void audit(Initiatief initiatief, Gebruiker door, String actie, Map<String, String> gegevens) {
        audit(initiatief, door.id(), actie, gegevens);
    }

    private void audit(Initiatief initiatief, String door, String actie, Map<String, String> gegevens) {
        auditspoor.leg(Auditregel.van(initiatief.getGemeente(), Auditsoort.INITIATIEF, initiatief.getId().waarde(), klok.instant(),
                door, actie, gegevens));
    }
}
