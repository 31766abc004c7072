package nl.kernpunt.adapter.rest.toegang;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kernpunt.adapter.rest.fout.OngeldigToken;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of this request as the use cases know it. Asking for it authenticates the bearer
 * token (authentication is lazy), so an invalid token answers 401 on a public read as well,
 * instead of passing silently as anonymous. Staff operations are closed to callers without one of
 * our roles before they get here ({@code quarkus.security.jaxrs.default-roles-allowed}); on a public
 * read, such a caller is a member of the public like any anonymous reader.
 */
@RequestScoped
public class HuidigeGebruiker {

    private final SecurityIdentity identiteit;

    public HuidigeGebruiker(SecurityIdentity identiteit) {
        this.identiteit = identiteit;
    }

    /** Empty for an anonymous caller and for a token without any of our roles. */
    public Optional<Gebruiker> optioneel() {
        if (identiteit.isAnonymous()) {
            return Optional.empty();
        }
        if (identiteit.getPrincipal() instanceof JsonWebToken token && rollen(token.getGroups()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(uitToken(identiteit.getPrincipal()));
    }

    public Gebruiker vereist() {
        return optioneel().orElseThrow(UnauthorizedException::new);
    }

    static Gebruiker uitToken(Principal principal) {
        if (!(principal instanceof JsonWebToken token)) {
            throw new OngeldigToken("niet-geauthenticeerd", "Alleen een bearer JWT geeft toegang tot deze API.");
        }
        String id = token.getSubject();
        if (id == null) {
            throw new OngeldigToken("token-zonder-subject", "Het token noemt geen gebruiker (claim sub).");
        }
        return new Gebruiker(id, naam(token, id), gemeente(token), rollen(token.getGroups()));
    }

    private static String naam(JsonWebToken token, String id) {
        return Stream.of("name", "preferred_username")
                .map(claim -> token.<Object>getClaim(claim))
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .filter(naam -> !naam.isBlank())
                .findFirst()
                .orElse(id);
    }

    private static Gemeentecode gemeente(JsonWebToken token) {
        if (token.getClaim("gemeente") instanceof String code) {
            try {
                return new Gemeentecode(code);
            } catch (OngeldigeWaarde e) {
                throw zonderGemeente();
            }
        }
        throw zonderGemeente();
    }

    private static OngeldigToken zonderGemeente() {
        return new OngeldigToken("token-zonder-gemeente",
                "Het token noemt geen geldige gemeente: de claim gemeente moet een CBS-code van vier cijfers zijn.");
    }

    /** Group names the API does not know are ignored, whatever their case. */
    static Set<Gebruikersrol> rollen(Set<String> groepen) {
        if (groepen == null) {
            return Set.of();
        }
        return groepen.stream()
                .flatMap(groep -> Stream.of(Gebruikersrol.values())
                        .filter(rol -> rol.name().equals(groep.toUpperCase(Locale.ROOT))))
                .collect(Collectors.toUnmodifiableSet());
    }
}
