package nl.kernpunt.adapter.rest.toegang;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A bearer token's RS256 signature and claims are checked once, not on every request it comes with
 * (docs/adr/0031): SmallRye's parser, which the JWT identity provider calls per request, answers from
 * {@link Tokenbewaring} while the token has not expired. What we ask beyond the signature
 * ({@link Tokencontrole}: {@code iat}, roles) and tenancy still run per request on the identity
 * built from it.
 */
@Decorator
@Priority(1)
public abstract class GeverifieerdeTokens implements JWTParser {

    private final JWTParser parser;
    private final Tokenbewaring bewaring = new Tokenbewaring();

    @Inject
    GeverifieerdeTokens(@Delegate JWTParser parser) {
        this.parser = parser;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return bewaring.geverifieerd(token, parser::parse);
    }
}
