package nl.kernpunt.application.gebeurtenis.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.application.gebeurtenis.Abonnement;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The webhook subscriptions, each of one gemeente. */
public interface Abonnementen {

    void voegToe(Abonnement abonnement);

    /** Oldest first. */
    List<Abonnement> van(Gemeentecode gemeente);

    Optional<Abonnement> vind(Gemeentecode gemeente, UUID id);

    /** Removes the subscription and its deliveries not yet made; false when the gemeente has none by that id. */
    boolean verwijder(Gemeentecode gemeente, UUID id);
}
