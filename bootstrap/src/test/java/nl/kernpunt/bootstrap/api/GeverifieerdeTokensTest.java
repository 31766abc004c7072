package nl.kernpunt.bootstrap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The parser the JWT identity provider uses keeps a verified token (docs/adr/0031), and still refuses
 * what it refused: an expired token, a stranger's signature, the same bytes with one changed.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class GeverifieerdeTokensTest extends ApiTestBasis {

    @Inject
    JWTParser parser;

    @Test
    void a_valid_token_is_verified_once_and_then_answered_from_what_was_kept() throws ParseException {
        String token = TestTokens.voor("0214", "medewerker");

        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
        als("0214", "medewerker").get(KERNEN).then().statusCode(200);
        anoniem().header("Authorization", "Bearer " + token).get(KERNEN).then().statusCode(200);
    }

    @Test
    void an_expired_a_foreign_or_an_altered_token_is_refused_every_time() throws ParseException {
        String geldig = TestTokens.voor("0214", "medewerker");
        parser.parse(geldig);
        int plek = geldig.length() - 5; // inside the signature, a character whose six bits all count
        String gewijzigd = geldig.substring(0, plek) + (geldig.charAt(plek) == 'A' ? 'B' : 'A') + geldig.substring(plek + 1);

        for (String token : new String[] {TestTokens.verlopen("0214", "medewerker"),
                TestTokens.vanVreemdeSleutel("0214", "medewerker"), gewijzigd}) {
            for (int keer = 0; keer < 2; keer++) {
                assertThatThrownBy(() -> parser.parse(token)).isInstanceOf(ParseException.class);
                ongeldig().header("Authorization", "Bearer " + token).get(KERNEN).then().statusCode(401);
            }
        }
    }
}
