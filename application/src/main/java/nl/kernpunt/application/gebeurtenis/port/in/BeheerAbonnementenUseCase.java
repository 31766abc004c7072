package nl.kernpunt.application.gebeurtenis.port.in;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kernpunt.application.gebeurtenis.Abonnement;
import nl.kernpunt.application.gebeurtenis.GeparkeerdeBezorging;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;

/** A beheerder's webhook subscriptions and their parked deliveries. */
public interface BeheerAbonnementenUseCase {

    /** Registers a subscription; the result carries the secret, which is shown only this once. */
    Abonnement neemAf(Gebruiker gebruiker, String url, Set<String> typen, Optional<UUID> kern);

    List<Abonnement> lijst(Gebruiker gebruiker);

    Abonnement lees(Gebruiker gebruiker, UUID id);

    void zegOp(Gebruiker gebruiker, UUID id);

    List<GeparkeerdeBezorging> geparkeerd(Gebruiker gebruiker);

    /** A parked delivery goes again, with a fresh count. */
    void bezorgOpnieuw(Gebruiker gebruiker, UUID bezorging);
}
