package nl.kernpunt.adapter.rest.gedeeld;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a request body as canonical JSON (properties sorted at every level), so a repeated
 * request with the same content matches however the client ordered its fields.
 */
public final class Vingerafdruk {

    private Vingerafdruk() {
    }

    public static String van(ObjectMapper mapper, Object verzoek) {
        try {
            String canoniek = mapper.writer().with(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
                    .writeValueAsString(mapper.valueToTree(verzoek));
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canoniek.getBytes(StandardCharsets.UTF_8)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Vingerafdruk van " + verzoek.getClass().getSimpleName() + " mislukt", e);
        }
    }
}
