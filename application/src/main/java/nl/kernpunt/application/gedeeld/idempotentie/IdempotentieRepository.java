package nl.kernpunt.application.gedeeld.idempotentie;

import java.time.Instant;
import java.util.Optional;

public interface IdempotentieRepository {

    /** Claims the key; {@code false} when it was claimed already (by a finished or running request). */
    boolean reserveer(IdempotentieSleutel sleutel, String vingerafdruk, Instant verlooptOp);

    Optional<Vastlegging> vind(IdempotentieSleutel sleutel);

    void legVast(IdempotentieSleutel sleutel, OpgeslagenAntwoord antwoord);

    void geefVrij(IdempotentieSleutel sleutel);

    void verwijderVerlopen(Instant nu);

    /** A claimed key; {@code antwoord} is null while the first request is still running. */
    record Vastlegging(String vingerafdruk, OpgeslagenAntwoord antwoord) {
    }
}
