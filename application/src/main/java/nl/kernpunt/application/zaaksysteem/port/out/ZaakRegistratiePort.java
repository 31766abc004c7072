package nl.kernpunt.application.zaaksysteem.port.out;

import java.util.Optional;
import java.util.Set;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.application.zaaksysteem.Zaakstand;
import nl.kernpunt.application.zaaksysteem.ZaaksysteemFout;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * The municipality's case system (Join), in our terms: items are registered as zaken and their
 * status follows ours. Implementations talk to the network and must never be called inside a
 * database transaction.
 */
public interface ZaakRegistratiePort {

    /** The gemeenten whose case system is configured; the others' changes wait in the outbox. */
    Set<Gemeentecode> ingesteldeGemeenten();

    /**
     * Brings the zaak to the state the opdracht describes. Idempotent: what the case system already
     * has is not sent again, so a retry after a timeout or a restart doubles nothing.
     *
     * @param eerderGeprobeerd an earlier attempt may have reached the case system unseen
     * @throws ZaaksysteemFout when the case system did not accept or could not be reached
     */
    void voerUit(Zaakopdracht opdracht, boolean eerderGeprobeerd);

    /** The zaak as the case system has it now; empty when it has none with this identificatie. */
    Optional<Zaakstand> lees(Gemeentecode gemeente, Zaakidentificatie zaak);

    /**
     * The zaak a status resource (the {@code resourceUrl} of a notification) belongs to, with that
     * status; empty when the URL is not one of this gemeente's Zaken API or not a zaak we issued.
     */
    Optional<Zaakstand> leesStatus(Gemeentecode gemeente, String statusUrl);

    /** Whether the token is the one this gemeente gave its notification subscription. */
    boolean vertrouwtNotificatie(Gemeentecode gemeente, String token);
}
