package nl.kernpunt.adapter.rest.toegang;

import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verified tokens until their {@code exp}: a client sends the same token for its whole lifetime, and
 * verifying it again gives the same answer until then. Keyed by the whole token (equal bytes, equal
 * answer); the verified principal holds the raw token anyway. A token is kept only after it was
 * verified, and only until its {@code exp} without the clock skew SmallRye allows: after that it is
 * verified again, which accepts or refuses it as before. A refused token is never kept.
 */
final class Tokenbewaring {

    /**
     * Far above the staff tokens one instance sees within their lifetime; when full, expired ones go
     * first. ~2 KB each: the bound is part of the heap's worst case (docs/adr/0025, sixth round).
     */
    static final int HOOGSTENS = 2_000;

    @FunctionalInterface
    interface Verificatie {
        JsonWebToken verifieer(String token) throws ParseException;
    }

    private final Map<String, JsonWebToken> bewaard = new ConcurrentHashMap<>();
    private final LongSupplier nu;

    /** The system clock, as SmallRye compares {@code exp} with (not the application's Clock, which tests move). */
    Tokenbewaring() {
        this(() -> Instant.now().getEpochSecond());
    }

    Tokenbewaring(LongSupplier epochSeconden) {
        this.nu = epochSeconden;
    }

    JsonWebToken geverifieerd(String token, Verificatie verificatie) throws ParseException {
        long nu = this.nu.getAsLong();
        JsonWebToken bekend = bewaard.get(token);
        if (bekend != null && nu < bekend.getExpirationTime()) {
            return bekend;
        }
        JsonWebToken geverifieerd = verificatie.verifieer(token);
        if (nu < geverifieerd.getExpirationTime()) {
            maakRuimte(nu);
            bewaard.put(token, geverifieerd);
        }
        return geverifieerd;
    }

    int aantal() {
        return bewaard.size();
    }

    private void maakRuimte(long nu) {
        if (bewaard.size() < HOOGSTENS) {
            return;
        }
        bewaard.values().removeIf(token -> token.getExpirationTime() <= nu);
        if (bewaard.size() >= HOOGSTENS) {
            bewaard.clear();
        }
    }
}
