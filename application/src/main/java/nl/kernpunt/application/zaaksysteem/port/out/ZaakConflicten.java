package nl.kernpunt.application.zaaksysteem.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.application.zaaksysteem.Zaakconflict;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The conflicts between the case system and our rules, kept for a person to resolve. */
public interface ZaakConflicten {

    void leg(Zaakconflict conflict);

    /** The gemeente's unresolved conflicts, oldest first. */
    List<Zaakconflict> open(Gemeentecode gemeente);

    long aantalOpen(Gemeentecode gemeente);

    /** Whether the zaak has an unresolved conflict: then a person decides, not the reconciliation. */
    boolean heeftOpen(Zaakidentificatie zaak);

    /** Marks an open conflict of this gemeente resolved; false when there is none. */
    boolean losOp(Gemeentecode gemeente, UUID id, String door, Instant op);
}
