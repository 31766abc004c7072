package nl.kernpunt.adapter.persistence.gedeeld;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;

/**
 * One order of a keyset-paginated list (docs/adr/0005): a first sort key, then the id, so the key
 * is unique and no row is skipped or repeated at a page edge. Each list names its own orders.
 *
 * @param code        names the order in the cursor, so a cursor of another order is refused
 * @param attribuut   the entity attribute of the first key, as HQL knows it
 * @param eersteSleutel the first key of a row, as the cursor stores it
 * @param uitCursor   the first key read back from a cursor position, typed for the query
 * @param id          the row's id
 */
public record KeysetVolgorde<E>(String code, String attribuut, Function<E, String> eersteSleutel,
                                Function<KeysetCursor.Positie, Object> uitCursor, Function<E, UUID> id) {

    /**
     * The delta-sync order every list shares (docs/adr/0005, 0019): by change moment, then id, over
     * the entity attribute {@code gewijzigdOp}, which {@link Voorwaarden#gewijzigdSinds} filters on.
     *
     * @param lijst names the list in the cursor, e.g. {@code vragen}
     */
    public static <E> KeysetVolgorde<E> opWijziging(String lijst, Function<E, Instant> gewijzigdOp, Function<E, UUID> id) {
        return new KeysetVolgorde<>(lijst + "-op-wijziging", "gewijzigdOp", rij -> gewijzigdOp.apply(rij).toString(),
                positie -> positie.moment(0), id);
    }

    /** The delta-sync order when the list was asked for changes since a moment, otherwise its own order. */
    public static <E> KeysetVolgorde<E> kies(Instant gewijzigdSinds, KeysetVolgorde<E> opWijziging, KeysetVolgorde<E> anders) {
        return gewijzigdSinds != null ? opWijziging : anders;
    }

    /** The HQL order by. */
    public String sortering() {
        return attribuut + ", id";
    }

    /** The rows after the cursor's position: one row comparison, which the index on (…, key, id) serves. */
    public void na(KeysetCursor.Positie positie, Voorwaarden voorwaarden) {
        voorwaarden.en("(" + attribuut + ", id) > (:naSleutel, :naId)")
                .met("naSleutel", uitCursor.apply(positie))
                .met("naId", positie.uuid(1));
    }

    public String[] sleutel(E rij) {
        return new String[] {eersteSleutel.apply(rij), id.apply(rij).toString()};
    }
}
