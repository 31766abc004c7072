package nl.kernpunt.application.gedeeld.verwerking;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * A data subject's internal pseudonymous id: a keyed hash (HMAC-SHA256) of the gemeente and the
 * person's e-mail address, or without one their phone number, or without that their name. The same
 * person in two records gets the same id; without the key nobody can turn an e-mail address into it.
 */
@ApplicationScoped
public class Pseudoniemen {

    /** Compiled once: {@code String.replaceAll} compiles its pattern on every call, per person on a page. */
    private static final Pattern GEEN_TELEFOONTEKEN = Pattern.compile("[^0-9+]");
    private static final Pattern WITRUIMTE = Pattern.compile("\\s+");
    /**
     * At most this many pseudonyms kept: a few pages' persons (a page of 100 names one to three per
     * initiative), about 1 MB of heap at most; past it the map starts again empty.
     */
    private static final int BEKEND_MAX = 4096;

    private final Pseudoniemsleutel sleutel;
    /**
     * One keyed MAC per thread, reused: looking the algorithm up and keying it cost more than the hash,
     * once per person in every list read (docs/adr/0031). doFinal leaves it ready for the next.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::nieuweMac);
    /**
     * Pseudonym per gemeente and person as read: the same persons recur on every read of a page, and
     * normalising and hashing them was most of the processing log's cost (docs/adr/0037). The pseudonym
     * is a function of exactly these two values and the key; the key is read once per instance and never
     * changes while it runs (ADR 18), and this map lives in the same object as the MACs keyed with it,
     * so no entry outlives its key.
     */
    private final Map<Betrokkene, String> bekend = new ConcurrentHashMap<>();

    public Pseudoniemen(Pseudoniemsleutel sleutel) {
        this.sleutel = sleutel;
    }

    private record Betrokkene(Gemeentecode gemeente, Contactpersoon persoon) {
    }

    public String van(Gemeentecode gemeente, Contactpersoon persoon) {
        Betrokkene betrokkene = new Betrokkene(gemeente, persoon);
        String pseudoniem = bekend.get(betrokkene);
        if (pseudoniem == null) {
            pseudoniem = bereken(gemeente, persoon);
            if (bekend.size() >= BEKEND_MAX) {
                bekend.clear();
            }
            bekend.put(betrokkene, pseudoniem);
        }
        return pseudoniem;
    }

    private String bereken(Gemeentecode gemeente, Contactpersoon persoon) {
        byte[] hash = macs.get().doFinal((gemeente.waarde() + '|' + kenmerk(persoon)).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
    }

    private Mac nieuweMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sleutel.sleutel(), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String kenmerk(Contactpersoon persoon) {
        if (persoon.email() != null) {
            return "e:" + persoon.email().strip().toLowerCase(Locale.ROOT);
        }
        if (persoon.telefoon() != null) {
            return "t:" + GEEN_TELEFOONTEKEN.matcher(persoon.telefoon()).replaceAll("");
        }
        return "n:" + WITRUIMTE.matcher(persoon.naam().strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
