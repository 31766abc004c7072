package nl.kernpunt.adapter.persistence.initiatief;

import java.util.function.Function;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.application.port.out.InitiatiefFilter;

/**
 * The two orders of the initiatieven list (docs/adr/0005): by submission, or by change moment for
 * delta sync; both end on the id, so the sort key is unique.
 */
enum InitiatiefVolgorde {

    OP_INDIENING("initiatieven-op-indiening", "aangemaaktOp", InitiatiefJpaEntity::getAangemaaktOp),
    OP_WIJZIGING("initiatieven-op-wijziging", "gewijzigdOp", InitiatiefJpaEntity::getGewijzigdOp);

    private final String code;
    private final String attribuut;
    private final Function<InitiatiefJpaEntity, java.time.Instant> eersteSleutel;

    InitiatiefVolgorde(String code, String attribuut, Function<InitiatiefJpaEntity, java.time.Instant> eersteSleutel) {
        this.code = code;
        this.attribuut = attribuut;
        this.eersteSleutel = eersteSleutel;
    }

    static InitiatiefVolgorde voor(InitiatiefFilter filter) {
        return filter.voorDeltaSync() ? OP_WIJZIGING : OP_INDIENING;
    }

    String code() {
        return code;
    }

    String sortering() {
        return attribuut + ", id";
    }

    void na(KeysetCursor.Positie positie, Voorwaarden voorwaarden) {
        voorwaarden.en("(" + attribuut + ", id) > (:naSleutel, :naId)")
                .met("naSleutel", positie.moment(0))
                .met("naId", positie.uuid(1));
    }

    String[] sleutel(InitiatiefJpaEntity rij) {
        return new String[] {eersteSleutel.apply(rij).toString(), rij.getId().toString()};
    }
}
