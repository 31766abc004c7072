package nl.kernpunt.adapter.persistence.vraag;

import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.application.vraag.VraagFilter;

/** The vragen list: by receipt, by running deadline for the due and overdue lists, or by change moment for delta sync. */
final class VraagVolgorde {

    static final KeysetVolgorde<VraagJpaEntity> OP_ONTVANGST = new KeysetVolgorde<>("vragen-op-ontvangst",
            "ontvangenOp", rij -> rij.ontvangenOp.toString(), positie -> positie.moment(0), rij -> rij.id);
    static final KeysetVolgorde<VraagJpaEntity> OP_DEADLINE = new KeysetVolgorde<>("vragen-op-deadline",
            "lopendeDeadline", rij -> rij.lopendeDeadline.toString(), positie -> positie.moment(0), rij -> rij.id);

    static final KeysetVolgorde<VraagJpaEntity> OP_WIJZIGING = KeysetVolgorde.opWijziging("vragen",
            rij -> rij.gewijzigdOp, rij -> rij.id);

    private VraagVolgorde() {
    }

    static KeysetVolgorde<VraagJpaEntity> voor(VraagFilter filter) {
        return KeysetVolgorde.kies(filter.gewijzigdSinds(), OP_WIJZIGING, filter.opDeadline() ? OP_DEADLINE : OP_ONTVANGST);
    }
}
