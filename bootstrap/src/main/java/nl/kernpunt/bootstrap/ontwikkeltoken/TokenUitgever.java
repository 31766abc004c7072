package nl.kernpunt.bootstrap.ontwikkeltoken;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Signs the bearer tokens the service expects (RS256): the user's gemeente in {@code gemeente},
 * the roles in {@code groups}. Signing with an explicit key needs no Quarkus configuration.
 */
public final class TokenUitgever {

    private final PrivateKey sleutel;
    private final String issuer;

    public TokenUitgever(PrivateKey sleutel, String issuer) {
        this.sleutel = sleutel;
        this.issuer = issuer;
    }

    public String geefUit(String naam, String gemeentecode, Set<String> rollen, Instant uitgegeven, Instant verloopt) {
        return Jwt.claims()
                .issuer(issuer)
                // the same person gets the same subject in every token, so history shows one author
                .subject(UUID.nameUUIDFromBytes(naam.getBytes(StandardCharsets.UTF_8)).toString())
                .claim("name", naam)
                .preferredUserName(gebruikersnaam(naam))
                .claim("gemeente", gemeentecode)
                .groups(rollen)
                .issuedAt(uitgegeven)
                .expiresAt(verloopt)
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(sleutel);
    }

    /** "Annemiek Verhoef" becomes "annemiek.verhoef". */
    static String gebruikersnaam(String naam) {
        String zonderAccenten = Normalizer.normalize(naam, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return zonderAccenten.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
    }
}
