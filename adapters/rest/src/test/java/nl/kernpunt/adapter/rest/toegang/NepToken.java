package nl.kernpunt.adapter.rest.toegang;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** A verified token with just these claims, for tests of what we do with one. */
final class NepToken {

    private NepToken() {
    }

    static JsonWebToken met(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.get("sub");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String naam) {
                return (T) claims.get(naam);
            }
        };
    }
}
