package nl.kernpunt.application.voordeur.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.voordeur.AppSleutel;

public interface AppSleutelRepository {

    void voegToe(AppSleutel sleutel);

    /** Stores a revocation. */
    void bewaar(AppSleutel sleutel);

    Optional<AppSleutel> vind(UUID id);

    Optional<AppSleutel> vindOpHash(String hash);

    /** Oldest first, revoked ones included. */
    List<AppSleutel> vanGemeente(Gemeentecode gemeente);

    /** Whether the gemeente has a key that is not revoked: then its intake requires one. */
    boolean heeftGeldige(Gemeentecode gemeente);
}
