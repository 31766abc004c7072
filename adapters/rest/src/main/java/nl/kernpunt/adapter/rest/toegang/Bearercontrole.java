package nl.kernpunt.adapter.rest.toegang;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import nl.kernpunt.adapter.rest.fout.OngeldigToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A bearer token that is sent must be valid, on every operation: also on a public one that does not
 * need it, so a client with an expired or forged token learns so (401) instead of silently getting
 * the public view. Authentication is lazy; this asks for the identity whenever a bearer token came.
 * Other schemes, and operations with a token of their own ({@link EigenToken}), are left to the operation.
 */
public class Bearercontrole {

    private static final String BEARER = "Bearer";

    private final CurrentIdentityAssociation identiteit;

    public Bearercontrole(CurrentIdentityAssociation identiteit) {
        this.identiteit = identiteit;
    }

    @ServerRequestFilter
    public Uni<Void> controleer(ContainerRequestContext verzoek, ResourceInfo resource) {
        String kop = verzoek.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean eigenToken = resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(EigenToken.class);
        if (eigenToken || kop == null || !kop.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Uni.createFrom().voidItem();
        }
        if (kop.substring(BEARER.length()).isBlank()) {
            return Uni.createFrom().failure(new OngeldigToken("token-ontbreekt", "Na Bearer ontbreekt het token."));
        }
        return identiteit.getDeferredIdentity().replaceWithVoid();
    }
}
