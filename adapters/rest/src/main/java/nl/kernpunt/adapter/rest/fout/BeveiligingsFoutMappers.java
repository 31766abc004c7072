package nl.kernpunt.adapter.rest.fout;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import nl.kernpunt.api.model.Problem;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Authentication and authorisation failures from Quarkus Security. Proactive authentication is
 * off, so they surface here, and a 401 carries the bearer challenge of RFC 6750.
 */
public class BeveiligingsFoutMappers {

    private static final String ZONDER_TOKEN = "Bearer";
    private static final String ONGELDIG_TOKEN = "Bearer error=\"invalid_token\"";

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> zonderToken(UnauthorizedException fout, UriInfo verzoek) {
        return nietGeauthenticeerd("niet-geauthenticeerd", "Hiervoor is een bearer token nodig.", ZONDER_TOKEN, verzoek);
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> tokenAfgewezen(AuthenticationFailedException fout, UriInfo verzoek) {
        return nietGeauthenticeerd("niet-geauthenticeerd", "Het bearer token is ongeldig of verlopen.", ONGELDIG_TOKEN, verzoek);
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> tokenOnbruikbaar(OngeldigToken fout, UriInfo verzoek) {
        return nietGeauthenticeerd(fout.code(), fout.getMessage(), ONGELDIG_TOKEN, verzoek);
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> verboden(ForbiddenException fout, UriInfo verzoek) {
        // only the role rule of docs/adr/0014 throws this: a valid token without any of our roles
        return Problemen.antwoord(403, "rol-ontbreekt",
                "Hiervoor is een van de rollen beheerder, kernambtenaar of medewerker nodig.", verzoek);
    }

    private static RestResponse<Problem> nietGeauthenticeerd(String code, String detail, String uitdaging, UriInfo verzoek) {
        return Problemen.builder(Problemen.probleem(401, code, detail, Problemen.pad(verzoek)))
                .header(HttpHeaders.WWW_AUTHENTICATE, uitdaging)
                .build();
    }
}
