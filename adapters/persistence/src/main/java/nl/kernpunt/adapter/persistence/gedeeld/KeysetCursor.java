package nl.kernpunt.adapter.persistence.gedeeld;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * The opaque cursor of one keyset-paginated list (docs/adr/0005): base64url, without padding, of
 * the list's order, a short hash of its filter values, the last row's sort key and a check value
 * over all of these. Reading it back checks that it was made for the same order and filters, so a
 * client cannot continue one list with the position in another, and that it is unaltered. Every
 * list of the service uses this class.
 */
public final class KeysetCursor {

    /**
     * Separates the fields: NUL is the one character a PostgreSQL text cannot hold, so key values
     * read from the database never need escaping and the cursor stays short (the contract allows
     * 512 characters).
     */
    private static final String SCHEIDING = "\0";
    /** 48 bits tell filter sets apart well enough; the hash detects mistakes, it does not sign. */
    private static final int HASH_BYTES = 6;

    private final String volgorde;
    private final String filterHash;

    private KeysetCursor(String volgorde, String filterHash) {
        this.volgorde = volgorde;
        this.filterHash = filterHash;
    }

    /**
     * @param volgorde      names the list and its order, e.g. {@code kernen-op-naam}
     * @param filterwaarden the list's filters as the client gave them; {@code null} for an absent one
     */
    public static KeysetCursor voor(String volgorde, Object... filterwaarden) {
        return new KeysetCursor(volgorde, hash(filterwaarden));
    }

    /** The cursor of the page after the row with this sort key. */
    public String na(String... sleutel) {
        StringJoiner tekst = new StringJoiner(SCHEIDING).add(volgorde).add(filterHash);
        for (String waarde : sleutel) {
            if (waarde.contains(SCHEIDING)) {
                throw new IllegalArgumentException("a sort key value cannot contain NUL");
            }
            tekst.add(waarde);
        }
        tekst.add(controlegetal(tekst.toString()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(tekst.toString().getBytes(UTF_8));
    }

    /** The position a cursor points after; empty for the first page (no cursor). */
    public Optional<Positie> lees(String cursor) {
        if (cursor == null) {
            return Optional.empty();
        }
        String tekst = gedecodeerd(cursor);
        int laatste = tekst.lastIndexOf(SCHEIDING);
        String[] velden = laatste < 0 ? new String[0] : tekst.substring(0, laatste).split(SCHEIDING, -1);
        if (velden.length < 3 || !tekst.substring(laatste + 1).equals(controlegetal(tekst.substring(0, laatste)))) {
            throw ongeldig("is geen cursor van deze dienst of is gewijzigd; gebruik volgendeCursor uit het vorige antwoord ongewijzigd");
        }
        if (!velden[0].equals(volgorde)) {
            throw ongeldig("hoort bij een andere lijst of sortering (" + velden[0] + ")");
        }
        if (!velden[1].equals(filterHash)) {
            throw ongeldig("is gemaakt met andere filters; geef dezelfde filters mee als bij de eerste pagina");
        }
        return Optional.of(new Positie(Arrays.asList(velden).subList(2, velden.length)));
    }

    private static String gedecodeerd(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), UTF_8);
        } catch (IllegalArgumentException e) {
            throw ongeldig("is geen geldige base64url-tekst");
        }
    }

    /**
     * Over the whole cursor, so a cursor cut short or altered is refused as a whole instead of being
     * read as a position in the list (a sort value cut short is still a value).
     */
    private static String controlegetal(String tekst) {
        return HexFormat.of().formatHex(sha256(tekst.getBytes(UTF_8)), 0, HASH_BYTES);
    }

    /** Absent and empty are different filters, so each value is marked before hashing. */
    private static String hash(Object... filterwaarden) {
        List<String> gemarkeerd = new ArrayList<>();
        for (Object waarde : filterwaarden) {
            gemarkeerd.add(waarde == null ? "-" : "=" + waarde);
        }
        byte[] digest = sha256(String.join(SCHEIDING, gemarkeerd).getBytes(UTF_8));
        return HexFormat.of().formatHex(digest, 0, HASH_BYTES);
    }

    private static byte[] sha256(byte[] invoer) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(invoer);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static OngeldigeWaarde ongeldig(String reden) {
        return new OngeldigeWaarde("cursor", "ongeldige-cursor", reden);
    }

    /** The sort key of the last row of the previous page; a value that does not parse is the client's error. */
    public static final class Positie {

        private final List<String> sleutel;

        private Positie(List<String> sleutel) {
            this.sleutel = List.copyOf(sleutel);
        }

        public String tekst(int index) {
            if (index >= sleutel.size()) {
                throw ongeldig("is onvolledig: de sorteersleutel mist waarden");
            }
            return sleutel.get(index);
        }

        public UUID uuid(int index) {
            try {
                return UUID.fromString(tekst(index));
            } catch (IllegalArgumentException e) {
                throw ongeldig("bevat een ongeldige id in de sorteersleutel");
            }
        }

        public Instant moment(int index) {
            try {
                return Instant.parse(tekst(index));
            } catch (DateTimeParseException e) {
                throw ongeldig("bevat een ongeldig tijdstip in de sorteersleutel");
            }
        }
    }
}
