package nl.kernpunt.domain.gedeeld;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hex SHA-256 of a text (UTF-8): what is stored of a secret the service hands out once (an app
 * key, a voting code) and of a client's address, so the secret itself is never kept.
 */
public final class Sha256 {

    private Sha256() {
    }

    public static String hex(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
