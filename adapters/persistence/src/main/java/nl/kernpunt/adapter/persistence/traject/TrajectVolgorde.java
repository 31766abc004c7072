package nl.kernpunt.adapter.persistence.traject;

import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.application.traject.TrajectFilter;

/** The trajecten list: by subject, or by change moment for delta sync. */
final class TrajectVolgorde {

    static final KeysetVolgorde<ParticipatietrajectJpaEntity> OP_ONDERWERP = new KeysetVolgorde<>("trajecten-op-onderwerp",
            "onderwerp", rij -> rij.onderwerp, positie -> positie.tekst(0), rij -> rij.id);
    static final KeysetVolgorde<ParticipatietrajectJpaEntity> OP_WIJZIGING = KeysetVolgorde.opWijziging("trajecten",
            rij -> rij.gewijzigdOp, rij -> rij.id);

    private TrajectVolgorde() {
    }

    static KeysetVolgorde<ParticipatietrajectJpaEntity> voor(TrajectFilter filter) {
        return KeysetVolgorde.kies(filter.gewijzigdSinds(), OP_WIJZIGING, OP_ONDERWERP);
    }
}
