package nl.kernpunt.application.gedeeld.idempotentie;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Makes a create safe to retry. The key is claimed in its own short transaction before the use
 * case runs, so two concurrent requests with one key cannot both create; the response is stored
 * after the use case committed. A failed request frees its key, so a corrected retry may reuse it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class IdempotentieService {

    /** How long a key is remembered. */
    static final Duration BEWAARTERMIJN = Duration.ofHours(24);

    private final IdempotentieRepository opslag;
    private final Clock klok;

    public IdempotentieService(IdempotentieRepository opslag, Clock klok) {
        this.opslag = opslag;
        this.klok = klok;
    }

    public Reservering reserveer(IdempotentieSleutel sleutel, String vingerafdruk) {
        Instant nu = klok.instant();
        opslag.verwijderVerlopen(nu);
        if (opslag.reserveer(sleutel, vingerafdruk, nu.plus(BEWAARTERMIJN))) {
            return new Reservering.Nieuw();
        }
        IdempotentieRepository.Vastlegging eerder = opslag.vind(sleutel).orElseThrow(IdempotentieInBehandeling::new);
        if (!eerder.vingerafdruk().equals(vingerafdruk)) {
            throw new IdempotentieSleutelHergebruikt();
        }
        if (eerder.antwoord() == null) {
            throw new IdempotentieInBehandeling();
        }
        return new Reservering.Herhaling(eerder.antwoord());
    }

    public void legVast(IdempotentieSleutel sleutel, OpgeslagenAntwoord antwoord) {
        opslag.legVast(sleutel, antwoord);
    }

    public void geefVrij(IdempotentieSleutel sleutel) {
        opslag.geefVrij(sleutel);
    }
}
