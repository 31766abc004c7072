package nl.kernpunt.application.gedeeld.verwerking;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
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

    private final Pseudoniemsleutel sleutel;
    /**
     * One keyed MAC per thread, reused: looking the algorithm up and keying it cost more than the hash,
     * once per person in every list read (docs/adr/0031). doFinal leaves it ready for the next.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::nieuweMac);

    public Pseudoniemen(Pseudoniemsleutel sleutel) {
        this.sleutel = sleutel;
    }

    public String van(Gemeentecode gemeente, Contactpersoon persoon) {
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
