package nl.kernpunt.bootstrap.ontwikkeltoken;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenOpdrachtTest {

    private static final Instant NU = Instant.parse("2026-11-22T09:00:00Z");

    @TempDir
    Path sleutelMap;

    private final ByteArrayOutputStream uit = new ByteArrayOutputStream();
    private final ByteArrayOutputStream fout = new ByteArrayOutputStream();

    @Test
    void prints_one_signed_token_with_the_gemeente_and_the_roles() throws Exception {
        int code = voerUit("--gemeente", "0214", "--rol", "beheerder,medewerker", "--rol", "kernambtenaar",
                "--naam", "Annemiek Verhoef", "--geldig", "60");

        assertThat(code).isZero();
        String[] regels = uit.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(regels).hasSize(1);
        String token = regels[0].trim();
        assertThat(isOndertekendDoor(token, OntwikkelSleutel.in(sleutelMap))).isTrue();

        JsonNode claims = payload(token);
        assertThat(claims.get("iss").asText()).isEqualTo("kernpunt-dev");
        assertThat(claims.get("gemeente").asText()).isEqualTo("0214");
        assertThat(claims.get("groups")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("beheerder", "medewerker", "kernambtenaar");
        assertThat(claims.get("name").asText()).isEqualTo("Annemiek Verhoef");
        assertThat(claims.get("preferred_username").asText()).isEqualTo("annemiek.verhoef");
        assertThat(claims.get("iat").asLong()).isEqualTo(NU.getEpochSecond());
        assertThat(claims.get("exp").asLong()).isEqualTo(NU.plusSeconds(3600).getEpochSecond());
    }

    @Test
    void the_same_name_gets_the_same_subject() throws Exception {
        voerUit("--gemeente", "0214", "--rol", "medewerker", "--naam", "Jeroen Bosman");
        voerUit("--gemeente", "1960", "--rol", "beheerder", "--naam", "Jeroen Bosman");

        String[] tokens = uit.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(payload(tokens[0]).get("sub")).isEqualTo(payload(tokens[1]).get("sub"));
    }

    @Test
    void a_missing_gemeente_is_refused_with_exit_code_2_and_no_token() {
        int code = voerUit("--rol", "beheerder");

        assertThat(code).isEqualTo(2);
        assertThat(uit.size()).isZero();
        assertThat(fout.toString(StandardCharsets.UTF_8)).contains("--gemeente is required").contains("Usage:");
    }

    @Test
    void an_unknown_role_or_a_malformed_code_is_refused() {
        assertThat(voerUit("--gemeente", "0214", "--rol", "wethouder")).isEqualTo(2);
        assertThat(voerUit("--gemeente", "214", "--rol", "beheerder")).isEqualTo(2);
        assertThat(voerUit("--gemeente", "0214", "--rol", "beheerder", "--geldig", "0")).isEqualTo(2);
        assertThat(uit.size()).isZero();
    }

    private int voerUit(String... argumenten) {
        TokenOpdracht opdracht = new TokenOpdracht(() -> OntwikkelSleutel.in(sleutelMap), Clock.fixed(NU, ZoneOffset.UTC));
        return opdracht.voerUit(List.of(argumenten), new PrintStream(uit, true, StandardCharsets.UTF_8),
                new PrintStream(fout, true, StandardCharsets.UTF_8));
    }

    private static JsonNode payload(String token) throws Exception {
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static boolean isOndertekendDoor(String token, OntwikkelSleutel sleutel) throws GeneralSecurityException {
        String[] delen = token.split("\\.");
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(sleutel.publicKey());
        rs256.update((delen[0] + "." + delen[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(delen[2]));
    }
}
