package nl.kernpunt.application.zaaksysteem;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * A change made in the case system that our rules refused. Kept, with the rule's code and reason,
 * until a person has brought the zaak and the item in line again; never dropped.
 *
 * @param gevraagdeStatus our status for what the case system set; null when it could not be translated
 */
public record Zaakconflict(UUID id, Gemeentecode gemeente, Zaakidentificatie zaak, String zaakUrl,
                           String huidigeStatus, String gevraagdeStatus, String statustype, String code,
                           String reden, Instant ontvangenOp) {

    public Zaakconflict {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(zaak, "zaak");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reden, "reden");
        Objects.requireNonNull(ontvangenOp, "ontvangenOp");
    }

    public static Zaakconflict nieuw(Gemeentecode gemeente, Zaakstand stand, String huidigeStatus, String code,
                                     String reden, Instant op) {
        return new Zaakconflict(UUID.randomUUID(), gemeente, stand.zaak(), stand.zaakUrl(), huidigeStatus,
                stand.status(), stand.statustype(), code, reden, op);
    }
}
