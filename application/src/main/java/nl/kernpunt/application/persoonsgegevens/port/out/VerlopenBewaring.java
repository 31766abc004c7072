package nl.kernpunt.application.persoonsgegevens.port.out;

import java.time.Instant;
import java.util.List;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.vraag.VraagId;

/**
 * The closed records whose retention term ran out, shared work like the outbox: a claim locks up to
 * {@code max} of them until the transaction ends and passes by those another instance holds
 * ({@code skip locked}); marking one handled in the same transaction keeps it out of later claims.
 */
public interface VerlopenBewaring {

    List<InitiatiefId> claimInitiatieven(Instant nu, int max);

    List<VraagId> claimVragen(Instant nu, int max);

    void markeer(InitiatiefId id, Instant op);

    void markeer(VraagId id, Instant op);
}
