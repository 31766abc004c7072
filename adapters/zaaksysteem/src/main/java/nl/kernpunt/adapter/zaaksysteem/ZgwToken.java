package nl.kernpunt.adapter.zaaksysteem;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A ZGW bearer token for one API: HS256 over the shared secret with {@code iss}, {@code iat},
 * {@code client_id}, {@code user_id} and {@code user_representation}, no {@code exp} (servers count
 * their limit from {@code iat}; application.properties turns smallrye-jwt's default claims off).
 * Reused for a few minutes, then minted afresh.
 */
final class ZgwToken {

    private final ZaaksysteemInstellingen.Api api;
    private final SecretKey sleutel;
    private final Duration geldigheid;
    private final Clock klok;
    private String token;
    private Instant gemaaktOp;

    ZgwToken(ZaaksysteemInstellingen.Api api, Duration geldigheid, Clock klok) {
        this.api = api;
        this.sleutel = new SecretKeySpec(api.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.geldigheid = geldigheid;
        this.klok = klok;
    }

    synchronized String waarde() {
        Instant nu = klok.instant();
        if (token == null || !nu.isBefore(gemaaktOp.plus(geldigheid))) {
            token = maak(nu);
            gemaaktOp = nu;
        }
        return token;
    }

    private String maak(Instant nu) {
        return Jwt.claims()
                .issuer(api.clientId())
                .issuedAt(nu)
                .claim("client_id", api.clientId())
                .claim("user_id", api.userId())
                .claim("user_representation", api.userRepresentation())
                .jws()
                .algorithm(SignatureAlgorithm.HS256)
                .sign(sleutel);
    }
}
