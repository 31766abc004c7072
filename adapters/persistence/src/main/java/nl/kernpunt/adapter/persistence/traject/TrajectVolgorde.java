package nl.kernpunt.adapter.persistence.traject;

import java.util.function.Function;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.application.port.out.TrajectFilter;

/**
 * The two orders of the trajecten list (docs/adr/0005): by subject, or by change moment for
 * delta sync. Both end on the id, so the sort key is unique.
 */
enum TrajectVolgorde {

    OP_ONDERWERP("trajecten-op-onderwerp", "onderwerp", rij -> rij.onderwerp, positie -> positie.tekst(0)),
    OP_WIJZIGING("trajecten-op-wijziging", "gewijzigdOp", rij -> rij.gewijzigdOp.toString(), positie -> positie.moment(0));

    private final String code;
    private final String attribuut;
    private final Function<ParticipatietrajectJpaEntity, String> eersteSleutel;
    private final Function<KeysetCursor.Positie, Object> eersteSleutelUitCursor;

    TrajectVolgorde(String code, String attribuut, Function<ParticipatietrajectJpaEntity, String> eersteSleutel,
                    Function<KeysetCursor.Positie, Object> eersteSleutelUitCursor) {
        this.code = code;
        this.attribuut = attribuut;
        this.eersteSleutel = eersteSleutel;
        this.eersteSleutelUitCursor = eersteSleutelUitCursor;
    }

    static TrajectVolgorde voor(TrajectFilter filter) {
        return filter.voorDeltaSync() ? OP_WIJZIGING : OP_ONDERWERP;
    }

    String code() {
        return code;
    }

    String sortering() {
        return attribuut + ", id";
    }

    void na(KeysetCursor.Positie positie, Voorwaarden voorwaarden) {
        voorwaarden.en("(" + attribuut + ", id) > (:naSleutel, :naId)")
                .met("naSleutel", eersteSleutelUitCursor.apply(positie))
                .met("naId", positie.uuid(1));
    }

    String[] sleutel(ParticipatietrajectJpaEntity rij) {
        return new String[] {eersteSleutel.apply(rij), rij.id.toString()};
    }
}
