package nl.kernpunt.adapter.persistence.gedeeld;

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
