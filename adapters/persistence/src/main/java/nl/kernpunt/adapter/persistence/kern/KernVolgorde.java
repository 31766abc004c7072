package nl.kernpunt.adapter.persistence.kern;

import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.application.kern.KernFilter;

/** The kernen list: by name, or by change moment for delta sync. */
final class KernVolgorde {

    static final KeysetVolgorde<KernJpaEntity> OP_NAAM = new KeysetVolgorde<>("kernen-op-naam", "naam",
            rij -> rij.naam, positie -> positie.tekst(0), rij -> rij.id);
    static final KeysetVolgorde<KernJpaEntity> OP_WIJZIGING = KeysetVolgorde.opWijziging("kernen",
            rij -> rij.gewijzigdOp, rij -> rij.id);

    private KernVolgorde() {
    }

    static KeysetVolgorde<KernJpaEntity> voor(KernFilter filter) {
        return KeysetVolgorde.kies(filter.gewijzigdSinds(), OP_WIJZIGING, OP_NAAM);
    }
}
