package nl.kernpunt.application.gedeeld.audit;

import java.util.List;
import java.util.UUID;

/**
 * Where audit lines are kept. The use cases write through {@link Auditspoor}, whose one
 * implementation also turns the lines the event catalogue names into events (docs/adr/0020).
 */
public interface Auditopslag {

    void leg(Auditregel regel);

    /** Oldest first. */
    List<Auditregel> van(String soort, UUID aggregaat);
}
