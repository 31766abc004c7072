package nl.kernpunt.application.gedeeld.idempotentie;

import java.time.Instant;
import java.util.Optional;

public interface IdempotentieRepository {

    /**
     * Claims the key in the caller's transaction; {@code false} when it was claimed already. A claim by a
     * transaction still running makes this wait for its end.
     */
    boolean reserveer(IdempotentieSleutel sleutel, String vingerafdruk, Instant verlooptOp);

    Optional<Vastlegging> vind(IdempotentieSleutel sleutel);

    void legVast(IdempotentieSleutel sleutel, OpgeslagenAntwoord antwoord);

    /** Forgets expired keys; rows another transaction is forgetting already are left to it. */
    void verwijderVerlopen(Instant nu);

    /** A claimed key; {@code antwoord} is null while the first request is still running. */
    record Vastlegging(String vingerafdruk, OpgeslagenAntwoord antwoord) {
    }
}
