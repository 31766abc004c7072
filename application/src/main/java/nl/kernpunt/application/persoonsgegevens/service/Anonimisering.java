package nl.kernpunt.application.persoonsgegevens.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.persoonsgegevens.Verwijderd;
import nl.kernpunt.application.vraag.port.out.VraagRepository;
import nl.kernpunt.application.zaaksysteem.Initiatiefzaak;
import nl.kernpunt.application.zaaksysteem.Vraagzaak;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakOutbox;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.vraag.Vraag;
import nl.kernpunt.domain.vraag.VraagId;

/**
 * The one way a record loses residents, for the erasure on request and the retention job alike:
 * the aggregate puts the marker in their place and takes a new change time, saving takes a new
 * version (delta readers see it), a registration still waiting for Join is rendered again from the
 * erased record, and an audit line says who and why (never the person). Runs in the caller's
 * transaction. Empty when the record named none of them.
 */
@ApplicationScoped
class Anonimisering {

    /** Why a record is anonymised, for its audit line: who (a user id or a system) and the action. */
    record Grond(String door, String actie, Map<String, String> gegevens) {
    }

    private final InitiatiefRepository initiatieven;
    private final VraagRepository vragen;
    private final Auditspoor auditspoor;
    private final ZaakOutbox zaakOutbox;
    private final Clock klok;

    Anonimisering(InitiatiefRepository initiatieven, VraagRepository vragen, Auditspoor auditspoor,
                  ZaakOutbox zaakOutbox, Clock klok) {
        this.initiatieven = initiatieven;
        this.vragen = vragen;
        this.auditspoor = auditspoor;
        this.zaakOutbox = zaakOutbox;
        this.klok = klok;
    }

    Optional<Verwijderd> initiatief(InitiatiefId id, Predicate<Contactpersoon> wie, Grond grond) {
        Initiatief initiatief = initiatieven.vind(id).orElseThrow();
        List<Contactpersoon> personen = initiatief.personen().stream().filter(wie).toList();
        if (!initiatief.anonimiseer(wie, klok)) {
            return Optional.empty();
        }
        initiatieven.bewaar(initiatief);
        zaakOutbox.vervangInitiator(Initiatiefzaak.van(initiatief), Initiatiefzaak.registratie(initiatief).initiator());
        audit(initiatief.getGemeente(), Auditsoort.INITIATIEF, id.waarde(), grond);
        return Optional.of(new Verwijderd(initiatief.getGemeente(), "initiatief", id.waarde(), personen));
    }

    Optional<Verwijderd> vraag(VraagId id, Predicate<Contactpersoon> wie, Grond grond) {
        Vraag vraag = vragen.vind(id).orElseThrow();
        Contactpersoon vrager = vraag.getVrager();
        if (!vraag.anonimiseer(wie, klok)) {
            return Optional.empty();
        }
        vragen.bewaar(vraag);
        zaakOutbox.vervangInitiator(Vraagzaak.van(vraag), Vraagzaak.registratie(vraag).initiator());
        audit(vraag.getGemeente(), Auditsoort.VRAAG, id.waarde(), grond);
        return Optional.of(new Verwijderd(vraag.getGemeente(), "vraag", id.waarde(), List.of(vrager)));
    }

    private void audit(Gemeentecode gemeente, String soort, UUID id, Grond grond) {
        auditspoor.leg(Auditregel.van(gemeente, soort, id, klok.instant(), grond.door(), grond.actie(), grond.gegevens()));
    }
}
