package nl.kernpunt.application.kern.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gedeeld.verwijdering.Resourcesoort;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijdering;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijderingen;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijderreden;
import nl.kernpunt.application.gemeente.GeregistreerdeGemeente;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.initiatief.port.in.NeemInitiatiefwerkOverUseCase;
import nl.kernpunt.application.kern.port.in.ArchiveerKernUseCase;
import nl.kernpunt.application.kern.port.in.DraagFunctieOverUseCase;
import nl.kernpunt.application.kern.port.in.GelezenKern;
import nl.kernpunt.application.kern.port.in.MaakKernUseCase;
import nl.kernpunt.application.kern.port.in.StelMaatwerkInUseCase;
import nl.kernpunt.application.kern.port.in.WijzigKernUseCase;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.vraag.port.in.NeemVragenOverUseCase;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.kern.Functie;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kern.KernProfiel;
import nl.kernpunt.domain.kern.Kernoverdracht;

/** The write side of kernen; one transaction per use case. */
@ApplicationScoped
@Transactional
public class KernService implements MaakKernUseCase, WijzigKernUseCase, ArchiveerKernUseCase, DraagFunctieOverUseCase,
        StelMaatwerkInUseCase {

    private final KernRepository kernen;
    private final GemeenteRepository gemeenten;
    private final Verwijderingen verwijderingen;
    private final NeemVragenOverUseCase vragen;
    private final NeemInitiatiefwerkOverUseCase initiatieven;
    private final Auditspoor auditspoor;
    private final Clock klok;

    public KernService(KernRepository kernen, GemeenteRepository gemeenten, Verwijderingen verwijderingen,
                       NeemVragenOverUseCase vragen, NeemInitiatiefwerkOverUseCase initiatieven, Auditspoor auditspoor,
                       Clock klok) {
        this.kernen = kernen;
        this.gemeenten = gemeenten;
        this.verwijderingen = verwijderingen;
        this.vragen = vragen;
        this.initiatieven = initiatieven;
        this.auditspoor = auditspoor;
        this.klok = klok;
    }

    @Override
    public GelezenKern maak(MaakKernUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER, Gebruikersrol.KERNAMBTENAAR);
        GeregistreerdeGemeente.vereis(gemeenten, gebruiker.gemeente());
        vereisUniekeNaam(gebruiker, command.profiel(), null);
        Kern kern = Kern.nieuw(gebruiker.gemeente(), command.profiel(), command.kernambtenaar(),
                command.kernwethouder(), gebruiker.naam(), klok);
        return GelezenKern.volledig(kernen.voegToe(kern));
    }

    @Override
    public GelezenKern wijzig(WijzigKernUseCase.Command command) {
        command.gebruiker().vereistEenVan(Gebruikersrol.BEHEERDER, Gebruikersrol.KERNAMBTENAAR);
        Kern kern = laadVoorWijziging(command.gebruiker(), command.kern(), command.verwachteVersie());
        vereisUniekeNaam(command.gebruiker(), command.profiel(), kern.getId());
        kern.wijzig(command.profiel(), klok);
        return GelezenKern.volledig(kernen.bewaar(kern));
    }

    @Override
    public GelezenKern archiveer(ArchiveerKernUseCase.Command command) {
        command.gebruiker().vereistEenVan(Gebruikersrol.BEHEERDER);
        Kern kern = laadVoorWijziging(command.gebruiker(), command.kern(), command.verwachteVersie());
        kern.archiveer(klok);
        Kern gearchiveerd = kernen.bewaar(kern);
        // public readers no longer see it in the default list; a syncing client learns it here too
        verwijderingen.leg(Verwijdering.van(kern.getGemeente(), Resourcesoort.KERN, kern.getId().waarde(),
                Verwijderreden.GEARCHIVEERD, gearchiveerd.getGewijzigdOp()));
        return GelezenKern.volledig(gearchiveerd);
    }

    @Override
    public GelezenKern stelIn(StelMaatwerkInUseCase.Command command) {
        command.gebruiker().vereistEenVan(Gebruikersrol.BEHEERDER);
        Kern kern = laadVoorWijziging(command.gebruiker(), command.kern(), command.verwachteVersie());
        kern.stelMaatwerkIn(command.maatwerk(), klok);
        return GelezenKern.volledig(kernen.bewaar(kern));
    }

    @Override
    public GelezenKern draagOver(DraagFunctieOverUseCase.Command command) {
        if (command.functie() == Functie.KERNWETHOUDER) {
            command.gebruiker().vereistEenVan(Gebruikersrol.BEHEERDER);
        } else {
            command.gebruiker().vereistEenVan(Gebruikersrol.BEHEERDER, Gebruikersrol.KERNAMBTENAAR);
        }
        Kern kern = laadVoorWijziging(command.gebruiker(), command.kern(), command.verwachteVersie());
        Contactpersoon voorganger = kern.getKernambtenaar().orElse(null);
        kern.draagOver(command.functie(), command.opvolger(), command.gebruiker().naam(), command.notitie(), klok);
        Kern bewaard = kernen.bewaar(kern);
        // the function moved, not who held it: the kern's own history names people, the trail does not (ADR 18)
        auditspoor.leg(Auditregel.van(bewaard.getGemeente(), Auditsoort.KERN, bewaard.getId().waarde(),
                bewaard.getGewijzigdOp(), command.gebruiker(), "functie-overgedragen",
                Map.of("functie", command.functie().name().toLowerCase(Locale.ROOT))));
        if (command.functie() == Functie.KERNAMBTENAAR) {
            // the open work goes along in this same transaction, so nothing stays with the predecessor (001)
            Kernoverdracht overdracht = new Kernoverdracht(kern.getId(), voorganger, command.opvolger());
            vragen.neemOver(overdracht, command.gebruiker());
            initiatieven.neemOver(overdracht, command.gebruiker());
        }
        return GelezenKern.volledig(bewaard);
    }

    /** A kern of another gemeente is reported exactly like a missing one. */
    private Kern laadVoorWijziging(Gebruiker gebruiker, KernId id, long verwachteVersie) {
        Kern kern = kernen.vind(id)
                .filter(k -> gebruiker.hoortBij(k.getGemeente()))
                .orElseThrow(() -> new NietGevonden("kern", id));
        VersieVerouderd.controleer("kern", id, verwachteVersie, kern.getVersie());
        return kern;
    }

    private void vereisUniekeNaam(Gebruiker gebruiker, KernProfiel profiel, KernId behalve) {
        if (kernen.naamInGebruik(gebruiker.gemeente(), profiel.naam(), behalve)) {
            throw new RegelGeschonden("kern-bestaat-al",
                    "gemeente " + gebruiker.gemeente() + " heeft al een kern met de naam " + profiel.naam());
        }
    }
}
