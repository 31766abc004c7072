package nl.kernpunt.adapter.persistence.traject;

import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.application.traject.TrajectFilter;

/** The trajecten list: by subject, or by change moment for delta sync. */
final class TrajectVolgorde {

    static final KeysetVolgorde<ParticipatietrajectJpaEntity> OP_ONDERWERP = new KeysetVolgorde<>("trajecten-op-onderwerp",
            "onderwerp", rij -> rij.onderwerp, positie -> positie.tekst(0), rij -> rij.id);
    static final KeysetVolgorde<ParticipatietrajectJpaEntity> OP_WIJZIGING = new KeysetVolgorde<>("trajecten-op-wijziging",
            "gewijzigdOp", rij -> rij.gewijzigdOp.toString(), positie -> positie.moment(0), rij -> rij.id);

    private TrajectVolgorde() {
    }

    static KeysetVolgorde<ParticipatietrajectJpaEntity> voor(TrajectFilter filter) {
        return filter.voorDeltaSync() ? OP_WIJZIGING : OP_ONDERWERP;
    }
}
