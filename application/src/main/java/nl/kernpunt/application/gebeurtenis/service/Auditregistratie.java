package nl.kernpunt.application.gebeurtenis.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.application.gebeurtenis.Gebeurteniscatalogus;
import nl.kernpunt.application.gebeurtenis.port.out.Gebeurtenissen;
import nl.kernpunt.application.gedeeld.audit.Auditopslag;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;

/**
 * The audit trail the use cases write to: the line is kept, and when the catalogue names it an event
 * the event is stored too, in the caller's transaction. One place, so no use case can change state
 * without its event, and none has to remember to publish one.
 */
@ApplicationScoped
public class Auditregistratie implements Auditspoor {

    private final Auditopslag opslag;
    private final Gebeurtenissen gebeurtenissen;
    private final Nummerwekker nummerwekker;

    public Auditregistratie(Auditopslag opslag, Gebeurtenissen gebeurtenissen, Nummerwekker nummerwekker) {
        this.opslag = opslag;
        this.gebeurtenissen = gebeurtenissen;
        this.nummerwekker = nummerwekker;
    }

    @Override
    public void leg(Auditregel regel) {
        opslag.leg(regel);
        Gebeurteniscatalogus.uit(regel).ifPresent(gebeurtenis -> {
            gebeurtenissen.plaats(gebeurtenis);
            nummerwekker.naCommit();
        });
    }

    @Override
    public List<Auditregel> van(String soort, UUID aggregaat) {
        return opslag.van(soort, aggregaat);
    }
}
