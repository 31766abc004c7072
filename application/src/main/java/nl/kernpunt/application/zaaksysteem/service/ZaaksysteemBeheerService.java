package nl.kernpunt.application.zaaksysteem.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.zaaksysteem.GeparkeerdeOpdracht;
import nl.kernpunt.application.zaaksysteem.Synchronisatiestand;
import nl.kernpunt.application.zaaksysteem.Zaakconflict;
import nl.kernpunt.application.zaaksysteem.port.in.LosZaakconflictOpUseCase;
import nl.kernpunt.application.zaaksysteem.port.in.ProbeerOpdrachtOpnieuwUseCase;
import nl.kernpunt.application.zaaksysteem.port.in.ZaaksysteemQuery;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakConflicten;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakOutbox;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakRegistratiePort;

/** The beheerder's view on and hand in the sync with the case system, always of the own gemeente. */
@ApplicationScoped
@Transactional
public class ZaaksysteemBeheerService implements ZaaksysteemQuery, ProbeerOpdrachtOpnieuwUseCase,
        LosZaakconflictOpUseCase {

    private final ZaakOutbox outbox;
    private final ZaakConflicten conflicten;
    private final ZaakRegistratiePort zaaksysteem;
    private final Auditspoor auditspoor;
    private final Clock klok;

    public ZaaksysteemBeheerService(ZaakOutbox outbox, ZaakConflicten conflicten, ZaakRegistratiePort zaaksysteem,
                                    Auditspoor auditspoor, Clock klok) {
        this.outbox = outbox;
        this.conflicten = conflicten;
        this.zaaksysteem = zaaksysteem;
        this.auditspoor = auditspoor;
        this.klok = klok;
    }

    @Override
    public Synchronisatiestand stand(Gebruiker gebruiker) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        return new Synchronisatiestand(zaaksysteem.ingesteldeGemeenten().contains(gebruiker.gemeente()),
                outbox.stand(gebruiker.gemeente(), klok.instant()), conflicten.aantalOpen(gebruiker.gemeente()));
    }

    @Override
    public List<GeparkeerdeOpdracht> geparkeerd(Gebruiker gebruiker) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        return outbox.geparkeerd(gebruiker.gemeente());
    }

    @Override
    public List<Zaakconflict> conflicten(Gebruiker gebruiker) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        return conflicten.open(gebruiker.gemeente());
    }

    @Override
    public void probeerOpnieuw(ProbeerOpdrachtOpnieuwUseCase.Command command) {
        command.gebruiker().vereistEenVan(Gebruikersrol.BEHEERDER);
        if (!outbox.hervat(command.gebruiker().gemeente(), command.opdracht(), klok.instant())) {
            throw new NietGevonden("geparkeerde-opdracht", command.opdracht());
        }
        audit(command.gebruiker(), "zaakopdracht", command.opdracht(), "opnieuw-geprobeerd");
    }

    @Override
    public void losOp(LosZaakconflictOpUseCase.Command command) {
        command.gebruiker().vereistEenVan(Gebruikersrol.BEHEERDER);
        if (!conflicten.losOp(command.gebruiker().gemeente(), command.conflict(), command.gebruiker().naam(),
                klok.instant())) {
            throw new NietGevonden("zaakconflict", command.conflict());
        }
        audit(command.gebruiker(), "zaakconflict", command.conflict(), "opgelost");
    }

    private void audit(Gebruiker door, String soort, UUID id, String actie) {
        auditspoor.leg(Auditregel.van(door.gemeente(), soort, id, klok.instant(), door, actie, Map.of()));
    }
}
