package nl.kernpunt.application.gedeeld.audit;

import java.util.List;
import java.util.UUID;

/** The append-only audit trail. There is deliberately no way to change or remove a line. */
public interface Auditspoor {

    void leg(Auditregel regel);

    /** Oldest first. */
    List<Auditregel> van(String soort, UUID aggregaat);
}
