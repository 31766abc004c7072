package nl.kernpunt.application.voordeur.port.in;

import java.util.List;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.voordeur.AppSleutel;

/**
 * A beheerder issues and revokes the app keys of the own gemeente (the token's). Once a gemeente
 * has a valid key, its public intake requires one; revoking the last opens it again.
 */
public interface BeheerAppSleutelsUseCase {

    AppSleutel.Uitgifte geefUit(Gebruiker beheerder, String omschrijving);

    /** Idempotent: revoking a revoked key changes nothing. A key of another gemeente is NietGevonden. */
    void trekIn(Gebruiker beheerder, UUID id);

    List<AppSleutel> lijst(Gebruiker beheerder);
}
