package nl.kernpunt.adapter.rest.toegang;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What we ask of a verified token beyond its signature (docs/adr/0014): it was not issued in the
 * future (SmallRye checks {@code exp} and {@code nbf}, not {@code iat}), allowing the same clock skew as
 * those; and its roles in the canonical lower-case spelling, whatever case the identity provider
 * used, so the one role rule ({@code quarkus.security.jaxrs.default-roles-allowed}) sees them.
 */
@ApplicationScoped
public class Tokencontrole implements SecurityIdentityAugmentor {

    private final long klokafwijking;

    public Tokencontrole(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long klokafwijking) {
        this.klokafwijking = klokafwijking;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identiteit, AuthenticationRequestContext context) {
        if (identiteit.isAnonymous() || !(identiteit.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identiteit);
        }
        if (token.getIssuedAtTime() > Instant.now().getEpochSecond() + klokafwijking) {
            return Uni.createFrom().failure(new AuthenticationFailedException("iat ligt in de toekomst"));
        }
        Set<String> rollen = HuidigeGebruiker.rollen(token.getGroups()).stream()
                .map(rol -> rol.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identiteit).addRoles(rollen).build());
    }
}
