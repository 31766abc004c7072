package nl.kernpunt.application.gedeeld.idempotentie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Makes a create safe to retry. The claim of the key, the use case and the stored answer commit in
 * one transaction: a process killed half-way leaves no trace, so the client's retry runs afresh, and
 * one that committed leaves the answer to replay (docs/adr/0004). A second request with the key
 * waits at the claim until the first's transaction ends; a failed request rolls its claim back, so
 * a corrected retry may use the key again.
 */
@ApplicationScoped
public class IdempotentieService {

    /** How long a key is remembered. */
    static final Duration BEWAARTERMIJN = Duration.ofHours(24);

    private final IdempotentieRepository opslag;
    private final Clock klok;

    public IdempotentieService(IdempotentieRepository opslag, Clock klok) {
        this.opslag = opslag;
        this.klok = klok;
    }

    /**
     * Runs {@code aanmaak} (the use case, which joins this transaction) unless the key answered
     * before; its answer is stored with it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Reservering eenmaal(IdempotentieSleutel sleutel, String vingerafdruk, Supplier<OpgeslagenAntwoord> aanmaak) {
        Instant nu = klok.instant();
        opslag.verwijderVerlopen(nu);
        if (opslag.reserveer(sleutel, vingerafdruk, nu.plus(BEWAARTERMIJN))) {
            opslag.legVast(sleutel, aanmaak.get());
            return new Reservering.Nieuw();
        }
        IdempotentieRepository.Vastlegging eerder = opslag.vind(sleutel).orElseThrow(IdempotentieInBehandeling::new);
        if (!eerder.vingerafdruk().equals(vingerafdruk)) {
            throw new IdempotentieSleutelHergebruikt();
        }
        if (eerder.antwoord() == null) {
            // only a claim from before the claim and the answer were committed together
            throw new IdempotentieInBehandeling();
        }
        return new Reservering.Herhaling(eerder.antwoord());
    }
}
