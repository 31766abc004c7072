package nl.kernpunt.application.vraag.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import nl.kernpunt.application.gemeente.Instellingen;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.kern.Kernkeuze;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.vraag.port.in.GelezenVraag;
import nl.kernpunt.application.vraag.port.in.MarkeerVraagAlsSpamUseCase;
import nl.kernpunt.application.vraag.port.in.OntvangVraagVanInwonerUseCase;
import nl.kernpunt.application.vraag.port.in.NeemVragenOverUseCase;
import nl.kernpunt.application.vraag.port.in.RegistreerVraagUseCase;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase.Actie;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase;
import nl.kernpunt.application.vraag.port.in.WijzigVraagUseCase;
import nl.kernpunt.application.vraag.port.out.VraagRepository;
import nl.kernpunt.application.zaaksysteem.Vraagzaak;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakOutbox;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.Kernoverdracht;
import nl.kernpunt.domain.vraag.Antwoordtermijn;
import nl.kernpunt.domain.vraag.Statusovergang;
import nl.kernpunt.domain.vraag.Vraag;
import nl.kernpunt.domain.vraag.VraagId;
import nl.kernpunt.domain.vraag.VraagStatus;

/**
 * The write side of vragen; one transaction per use case, each change with its audit line in that
 * same transaction. Any member of staff may register, correct and work on a question (the
 * colleague who answers is often a medewerker); handing it on and closing it are the process
 * owner's decisions, for the kernambtenaar or the beheerder (docs/adr/0009). Receipt and every
 * transition also place an opdracht for the case system in the outbox, in the same transaction
 * (docs/adr/0012); a correction does not.
 */
@ApplicationScoped
@Transactional
@Verwerkt(Handeling.WIJZIGEN)
public class VraagService implements RegistreerVraagUseCase, WijzigVraagUseCase, VoerVraagovergangUitUseCase,
        OntvangVraagVanInwonerUseCase, MarkeerVraagAlsSpamUseCase,
        NeemVragenOverUseCase {


    private final VraagRepository vragen;
    private final KernRepository kernen;
    private final GemeenteRepository gemeenten;
    private final Auditspoor auditspoor;
    private final ZaakOutbox zaakOutbox;
    private final Clock klok;

    public VraagService(VraagRepository vragen, KernRepository kernen, GemeenteRepository gemeenten,
                        Auditspoor auditspoor, ZaakOutbox zaakOutbox, Clock klok) {
        this.vragen = vragen;
        this.kernen = kernen;
        this.gemeenten = gemeenten;
        this.auditspoor = auditspoor;
        this.zaakOutbox = zaakOutbox;
        this.klok = klok;
    }

    @Override
    public GelezenVraag registreer(RegistreerVraagUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        vereisMedewerker(gebruiker);
        Kern kern = Kernkeuze.nieuw(kernen, command.kern(), gebruiker, "kern");
        Instant ontvangenOp = command.ontvangenOp() == null ? klok.instant() : command.ontvangenOp();
        return ontvang(kern, command.onderwerp(), command.tekst(), command.vrager(), ontvangenOp, gebruiker.naam(),
                gebruiker.id());
    }

    @Override
    public GelezenVraag ontvangVanInwoner(Kern kern, String onderwerp, String tekst, Contactpersoon vrager) {
        return ontvang(kern, onderwerp, tekst, vrager, klok.instant(), Auditregel.INWONER, Auditregel.INWONER);
    }

    /** Receipt by any route: the gemeente's term of now, the kern's kernambtenaar, audit and outbox. */
    /** {@code door} goes into the question's own history, {@code wie} (a user id or a role) into the trail. */
    private GelezenVraag ontvang(Kern kern, String onderwerp, String tekst, Contactpersoon vrager, Instant ontvangenOp,
                                 String door, String wie) {
        Antwoordtermijn termijn = Instellingen.antwoordtermijn(gemeenten, kern);
        Vraag vraag = vragen.voegToe(Vraag.ontvang(kern.getGemeente(), kern.getId(), onderwerp, tekst, vrager,
                ontvangenOp, kern.getKernambtenaar().orElse(null), termijn, door, klok));
        // the asker is personal data: the trail records the question, not who asked it
        audit(vraag, wie, "ontvangen", Map.of("onderwerp", vraag.getOnderwerp(), "kern", kern.getId().toString(),
                "ontvangenOp", vraag.getOntvangenOp().toString(), "termijn",
                termijn.dagen() + " " + termijn.soort().name().toLowerCase()));
        zaakOutbox.plaats(Vraagzaak.registratie(vraag), klok.instant());
        return GelezenVraag.op(vraag, klok.instant());
    }

    @Override
    public GelezenVraag markeerAlsSpam(MarkeerVraagAlsSpamUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER, Gebruikersrol.KERNAMBTENAAR);
        Vraag vraag = laad(vragen, gebruiker, command.vraag());
        if (!vraag.markeerAlsSpam(klok)) {
            return GelezenVraag.op(vraag, klok.instant());
        }
        audit(vraag, gebruiker.id(), "als-spam-gemarkeerd", Map.of("status", vraag.getStatus().extern()));
        return GelezenVraag.op(vragen.bewaar(vraag), klok.instant());
    }

    @Override
    public GelezenVraag wijzig(WijzigVraagUseCase.Command command) {
        vereisMedewerker(command.gebruiker());
        Vraag vraag = laadVoorWijziging(command.gebruiker(), command.vraag(), command.verwachteVersie());
        vraag.wijzig(command.onderwerp(), command.tekst(), command.vrager(), klok);
        audit(vraag, command.gebruiker().id(), "gewijzigd", Map.of("onderwerp", vraag.getOnderwerp()));
        return GelezenVraag.op(vragen.bewaar(vraag), klok.instant());
    }

    @Override
    public GelezenVraag voerUit(VoerVraagovergangUitUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        if (command.actie() == Actie.DOORZETTEN || command.actie() == Actie.SLUITEN) {
            gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER, Gebruikersrol.KERNAMBTENAAR);
        } else {
            vereisMedewerker(gebruiker);
        }
        Vraag vraag = laadVoorWijziging(gebruiker, command.vraag(), command.verwachteVersie());
        VraagStatus van = vraag.getStatus();
        command.pasToeOp(vraag, gebruiker.naam(), klok);
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("van", van.extern());
        gegevens.put("naar", vraag.getStatus().extern());
        gegevens.putAll(command.auditgegevens());
        audit(vraag, gebruiker.id(), command.actie().extern(), gegevens);
        zaakOutbox.plaats(Vraagzaak.status(vraag, vraag.laatsteOvergang()), klok.instant());
        return GelezenVraag.op(vragen.bewaar(vraag), klok.instant());
    }

    private static void vereisMedewerker(Gebruiker gebruiker) {
    }

    private Vraag laadVoorWijziging(Gebruiker gebruiker, VraagId id, long verwachteVersie) {
        Vraag vraag = laad(vragen, gebruiker, id);
        VersieVerouderd.controleer("vraag", id, verwachteVersie, vraag.getVersie());
        return vraag;
    }

    /** A question of another gemeente is reported exactly like a missing one. */
    static Vraag laad(VraagRepository vragen, Gebruiker gebruiker, VraagId id) {
        return vragen.vind(id)
                .filter(v -> gebruiker.hoortBij(v.getGemeente()))
                .orElseThrow(() -> new NietGevonden("vraag", id));
    }

    /** A question already with the successor (a handover back and forth) gets no line. */
    @Override
    public void neemOver(Kernoverdracht overdracht, Gebruiker door) {
        for (Vraag vraag : vragen.openVanKern(overdracht.kern())) {
            Optional<Contactpersoon> vorige = vraag.getKernambtenaar();
            if (vorige.filter(overdracht.opvolger()::equals).isPresent()) {
                continue;
            }
            vraag.neemOverDoor(overdracht.opvolger(), klok);
            // who had it when is the question's own history and the kern's; the trail names nobody (ADR 18)
            audit(vraag, door.id(), "kernambtenaar-overgedragen", Map.of("functie", "kernambtenaar"));
            vragen.bewaar(vraag);
        }
    }

    private void audit(Vraag vraag, String door, String actie, Map<String, String> gegevens) {
        auditspoor.leg(Auditregel.van(vraag.getGemeente(), Auditsoort.VRAAG, vraag.getId().waarde(), klok.instant(),
                door, actie, gegevens));
    }
}
