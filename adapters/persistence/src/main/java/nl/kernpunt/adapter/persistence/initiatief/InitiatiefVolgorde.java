package nl.kernpunt.adapter.persistence.initiatief;

import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.application.initiatief.InitiatiefFilter;

/** The initiatieven list: by submission, or by change moment for delta sync. */
final class InitiatiefVolgorde {

    static final KeysetVolgorde<InitiatiefJpaEntity> OP_INDIENING = new KeysetVolgorde<>("initiatieven-op-indiening",
            "aangemaaktOp", rij -> rij.aangemaaktOp.toString(), positie -> positie.moment(0), rij -> rij.id);
    static final KeysetVolgorde<InitiatiefJpaEntity> OP_WIJZIGING = KeysetVolgorde.opWijziging("initiatieven",
            rij -> rij.gewijzigdOp, rij -> rij.id);

    private InitiatiefVolgorde() {
    }

    static KeysetVolgorde<InitiatiefJpaEntity> voor(InitiatiefFilter filter) {
        return KeysetVolgorde.kies(filter.gewijzigdSinds(), OP_WIJZIGING, OP_INDIENING);
    }
}
