package nl.kernpunt.application.zaaksysteem;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The zaak's {@code identificatie} in the case system, derived from our own id so that a retry after
 * a timeout can find the zaak it may already have created (ZGW has no idempotency keys), and an
 * inbound notification leads back to our item. {@code KP-I-} plus 32 hex digits: 37 characters, within
 * the standard's 40.
 */
public record Zaakidentificatie(Zaaksoort soort, UUID bron) {

    private static final Pattern VORM = Pattern.compile("KP-([A-Z])-([0-9a-f]{32})");

    public static Zaakidentificatie van(Zaaksoort soort, UUID bron) {
        return new Zaakidentificatie(soort, bron);
    }

    /** The item behind an identificatie we issued; empty for a zaak someone else registered. */
    public static Optional<Zaakidentificatie> lees(String identificatie) {
        Matcher m = identificatie == null ? null : VORM.matcher(identificatie);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        try {
            Zaaksoort soort = Zaaksoort.vanLetter(m.group(1).charAt(0));
            String hex = m.group(2);
            UUID bron = new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16),
                    Long.parseUnsignedLong(hex.substring(16), 16));
            return Optional.of(new Zaakidentificatie(soort, bron));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String waarde() {
        return "KP-" + soort.letter() + "-" + bron.toString().replace("-", "");
    }

    @Override
    public String toString() {
        return waarde();
    }
}
