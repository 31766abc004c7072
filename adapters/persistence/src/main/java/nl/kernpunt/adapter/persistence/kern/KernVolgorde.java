package nl.kernpunt.adapter.persistence.kern;

import java.util.function.Function;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.application.port.out.KernFilter;

/**
 * The two orders of the kernen list (docs/adr/0005): by name, or by change moment for delta sync.
 * Both end on the id, so the sort key is unique and no row is skipped or repeated at a page edge.
 */
enum KernVolgorde {

    OP_NAAM("kernen-op-naam", "naam", KernJpaEntity::getNaam, positie -> positie.tekst(0)),
    OP_WIJZIGING("kernen-op-wijziging", "gewijzigdOp", rij -> rij.getGewijzigdOp().toString(), positie -> positie.moment(0));

    private final String code;
    private final String attribuut;
    private final Function<KernJpaEntity, String> eersteSleutel;
    private final Function<KeysetCursor.Positie, Object> eersteSleutelUitCursor;

    KernVolgorde(String code, String attribuut, Function<KernJpaEntity, String> eersteSleutel,
                 Function<KeysetCursor.Positie, Object> eersteSleutelUitCursor) {
        this.code = code;
        this.attribuut = attribuut;
        this.eersteSleutel = eersteSleutel;
        this.eersteSleutelUitCursor = eersteSleutelUitCursor;
    }

    static KernVolgorde voor(KernFilter filter) {
        return filter.voorDeltaSync() ? OP_WIJZIGING : OP_NAAM;
    }

    /** Names the order in the cursor, so a cursor of the other order is refused. */
    String code() {
        return code;
    }

    /** The HQL order by. */
    String sortering() {
        return attribuut + ", id";
    }

    /** The rows after the cursor's position: one row comparison, which the index on (…, key, id) serves. */
    void na(KeysetCursor.Positie positie, Voorwaarden voorwaarden) {
        voorwaarden.en("(" + attribuut + ", id) > (:naSleutel, :naId)")
                .met("naSleutel", eersteSleutelUitCursor.apply(positie))
                .met("naId", positie.uuid(1));
    }

    String[] sleutel(KernJpaEntity rij) {
        return new String[] {eersteSleutel.apply(rij), rij.getId().toString()};
    }
}
