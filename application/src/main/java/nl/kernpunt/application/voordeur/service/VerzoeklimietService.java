package nl.kernpunt.application.voordeur.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.kernpunt.application.voordeur.TeVeelVerzoeken;
import nl.kernpunt.application.voordeur.Verzoeklimiet;
import nl.kernpunt.application.voordeur.port.out.Verzoekteller;

/**
 * The request limit of the front door: a fixed window per client, counted in the database so every
 * instance sees the same count. Its own transaction, so a request counts also when the submission
 * itself is refused afterwards (bad input, a wrong key): those are what abuse looks like.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class VerzoeklimietService {

    /** Windows this many lengths old are forgotten. */
    private static final int BEWAARDE_VENSTERS = 2;

    private final Verzoekteller teller;
    private final Verzoeklimiet limiet;
    private final Clock klok;

    public VerzoeklimietService(Verzoekteller teller, Verzoeklimiet limiet, Clock klok) {
        this.teller = teller;
        this.limiet = limiet;
        this.klok = klok;
    }

    /** Counts the request; throws TeVeelVerzoeken once the client's window is full. */
    public void tel(String clientHash, boolean metAppSleutel) {
        Instant nu = klok.instant();
        long lengte = limiet.venster().toMillis();
        Instant venster = Instant.ofEpochMilli(Math.floorDiv(nu.toEpochMilli(), lengte) * lengte);
        int aantal = teller.tel(clientHash, venster, venster.minus(limiet.venster().multipliedBy(BEWAARDE_VENSTERS)));
        int toegestaan = metAppSleutel ? limiet.perAppSleutel() : limiet.perAdres();
        if (aantal > toegestaan) {
            Duration resterend = Duration.between(nu, venster.plus(limiet.venster()));
            // Retry-After counts whole seconds: round up, so a client that waits is never early
            throw new TeVeelVerzoeken(Math.max(1, (resterend.toMillis() + 999) / 1000));
        }
    }
}
