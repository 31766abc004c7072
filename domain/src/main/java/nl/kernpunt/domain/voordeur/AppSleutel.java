package nl.kernpunt.domain.voordeur;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.Sha256;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * A gemeente's proof that a request comes from its municipal app. Only the SHA-256 of the key is
 * kept: the key has 256 random bits, so no salt or slow hash is needed to make guessing hopeless,
 * and a lookup by hash stays one index probe. Revoked keys stay, so the trail keeps its subject.
 */
public final class AppSleutel {

    private static final SecureRandom TOEVAL = new SecureRandom();
    private static final int BYTES = 32;

    private final UUID id;
    private final Gemeentecode gemeente;
    private final String hash;
    private final String omschrijving;
    private final Instant uitgegevenOp;
    private Instant ingetrokkenOp;

    private AppSleutel(UUID id, Gemeentecode gemeente, String hash, String omschrijving, Instant uitgegevenOp,
                       Instant ingetrokkenOp) {
        this.id = Objects.requireNonNull(id, "id");
        this.gemeente = Objects.requireNonNull(gemeente, "gemeente");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.omschrijving = Invoer.verplicht("omschrijving", omschrijving, 100);
        this.uitgegevenOp = Objects.requireNonNull(uitgegevenOp, "uitgegevenOp");
        this.ingetrokkenOp = ingetrokkenOp;
    }

    /** A new key: the key itself is in the answer once and nowhere else. */
    public static Uitgifte geefUit(Gemeentecode gemeente, String omschrijving, Clock klok) {
        byte[] bytes = new byte[BYTES];
        TOEVAL.nextBytes(bytes);
        String sleutel = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Uitgifte(new AppSleutel(UUID.randomUUID(), gemeente, hash(sleutel), omschrijving, klok.instant(), null),
                sleutel);
    }

    public static AppSleutel reconstitute(UUID id, Gemeentecode gemeente, String hash, String omschrijving,
                                          Instant uitgegevenOp, Instant ingetrokkenOp) {
        return new AppSleutel(id, gemeente, hash, omschrijving, uitgegevenOp, ingetrokkenOp);
    }

    /** The SHA-256 of any text, hex: what is stored of a key, and of a client's address. */
    public static String hash(String tekst) {
        return Sha256.hex(tekst);
    }

    /** Revoking again changes nothing; the answer says whether this call revoked it. */
    public boolean trekIn(Clock klok) {
        if (ingetrokkenOp != null) {
            return false;
        }
        ingetrokkenOp = klok.instant();
        return true;
    }

    public boolean isGeldig() {
        return ingetrokkenOp == null;
    }

    public UUID getId() {
        return id;
    }

    public Gemeentecode getGemeente() {
        return gemeente;
    }

    public String getHash() {
        return hash;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public Instant getUitgegevenOp() {
        return uitgegevenOp;
    }

    public Instant getIngetrokkenOp() {
        return ingetrokkenOp;
    }

    /** A key as issued, with its plain text, shown to the beheerder once. */
    public record Uitgifte(AppSleutel appSleutel, String sleutel) {
    }
}
