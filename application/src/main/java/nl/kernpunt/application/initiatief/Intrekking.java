package nl.kernpunt.application.initiatief;

import nl.kernpunt.application.gedeeld.verwijdering.Resourcesoort;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijdering;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijderingen;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijderreden;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;

/**
 * When an initiative leaves integrators' view: once it is withdrawn (docs/adr/0019). Every path that
 * moves its status calls this after the move, staff's transitions and Join's alike, so a
 * withdrawal leaves a tombstone whoever made it.
 */
public final class Intrekking {

    private Intrekking() {
    }

    /** Withdrawn is final, so this records the tombstone once: right after the move into it. */
    public static void meldNaStatuswijziging(Initiatief initiatief, Verwijderingen verwijderingen) {
        if (initiatief.getStatus() == InitiatiefStatus.INGETROKKEN) {
            verwijderingen.leg(Verwijdering.van(initiatief.getGemeente(), Resourcesoort.INITIATIEF,
                    initiatief.getId().waarde(), Verwijderreden.INGETROKKEN, initiatief.getGewijzigdOp()));
        }
    }
}
