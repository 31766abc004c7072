package nl.kernpunt.application.persoonsgegevens.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gedeeld.verwerking.Handeling;
import nl.kernpunt.application.gedeeld.verwerking.Persoonsgegevens;
import nl.kernpunt.application.gedeeld.verwerking.Verwerkt;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.persoonsgegevens.Persoonskenmerken;
import nl.kernpunt.application.persoonsgegevens.Verwijderd;
import nl.kernpunt.application.persoonsgegevens.port.in.VerwijderPersoonsgegevensUseCase;
import nl.kernpunt.application.persoonsgegevens.port.out.Persoonszoeker;
import nl.kernpunt.application.vraag.port.out.VraagRepository;
import nl.kernpunt.application.zaaksysteem.Initiatiefzaak;
import nl.kernpunt.application.zaaksysteem.Vraagzaak;
import nl.kernpunt.application.zaaksysteem.port.out.ZaakOutbox;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.vraag.Vraag;

/**
 * Erases in one transaction from every initiative and question of the gemeente that names the
 * person. The aggregates replace them with a marker and take a new change time; saving takes a new
 * version, so delta readers see the change. No new opdracht goes to the case system, so Join is not
 * sent the person again, and a registration still waiting in its outbox is rendered again from the erased
 * record. Each record gets an audit line with the reason (never the person); the processing
 * log gets the erasure with the erased persons' pseudonyms ({@link Verwerkt}).
 */
@ApplicationScoped
@Transactional
@Verwerkt(value = Handeling.VERWIJDEREN, activiteit = "verwijderverzoeken")
public class VerwijderService implements VerwijderPersoonsgegevensUseCase {

    private final Persoonszoeker zoeker;
    private final InitiatiefRepository initiatieven;
    private final VraagRepository vragen;
    private final Auditspoor auditspoor;
    private final ZaakOutbox zaakOutbox;
    private final Clock klok;

    public VerwijderService(Persoonszoeker zoeker, InitiatiefRepository initiatieven, VraagRepository vragen,
                            Auditspoor auditspoor, ZaakOutbox zaakOutbox, Clock klok) {
        this.zoeker = zoeker;
        this.initiatieven = initiatieven;
        this.vragen = vragen;
        this.auditspoor = auditspoor;
        this.zaakOutbox = zaakOutbox;
        this.klok = klok;
    }

    @Override
    public Verwijdering verwijder(Command command) {
        Gebruiker beheerder = command.gebruiker();
        beheerder.vereistEenVan(Gebruikersrol.BEHEERDER);
        Persoonskenmerken persoon = command.persoon();
        List<Persoonsgegevens> verwijderd = new ArrayList<>();
        for (var id : zoeker.initiatieven(beheerder.gemeente(), persoon)) {
            Initiatief initiatief = initiatieven.vind(id).orElseThrow();
            List<Contactpersoon> wie = initiatief.personen().stream().filter(persoon::past).toList();
            if (initiatief.anonimiseer(persoon::past, klok)) {
                initiatieven.bewaar(initiatief);
                zaakOutbox.vervangInitiator(Initiatiefzaak.van(initiatief),
                        Initiatiefzaak.registratie(initiatief).initiator());
                audit(beheerder, Auditsoort.INITIATIEF, initiatief.getId().waarde(), command.reden());
                verwijderd.add(new Verwijderd(beheerder.gemeente(), "initiatief", initiatief.getId().waarde(), wie));
            }
        }
        for (var id : zoeker.vragen(beheerder.gemeente(), persoon)) {
            Vraag vraag = vragen.vind(id).orElseThrow();
            Contactpersoon vrager = vraag.getVrager();
            if (vraag.anonimiseer(persoon::past, klok)) {
                vragen.bewaar(vraag);
                zaakOutbox.vervangInitiator(Vraagzaak.van(vraag), Vraagzaak.registratie(vraag).initiator());
                audit(beheerder, Auditsoort.VRAAG, vraag.getId().waarde(), command.reden());
                verwijderd.add(new Verwijderd(beheerder.gemeente(), "vraag", vraag.getId().waarde(), List.of(vrager)));
            }
        }
        return new Verwijdering(verwijderd);
    }

    private void audit(Gebruiker beheerder, String soort, java.util.UUID id, String reden) {
        auditspoor.leg(Auditregel.van(beheerder.gemeente(), soort, id, klok.instant(), beheerder,
                "persoonsgegevens-verwijderd", Map.of("reden", reden)));
    }
}
