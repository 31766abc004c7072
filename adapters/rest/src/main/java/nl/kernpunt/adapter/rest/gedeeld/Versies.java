package nl.kernpunt.adapter.rest.gedeeld;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kernpunt.adapter.rest.fout.VoorwaardeFout;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import org.jboss.resteasy.reactive.RestResponse;

/** The aggregate's version as a strong ETag ({@code "3"}), and back from {@code If-Match} (docs/adr/0004). */
public final class Versies {

    private static final Pattern STERKE_VERSIE = Pattern.compile("\"(\\d{1,18})\"");

    private Versies() {
    }

    public static String etag(long versie) {
        return "\"" + versie + "\"";
    }

    /**
     * The version the client last read, or {@code *} for whatever version is current (RFC 9110); a
     * write without one, or with anything else, is refused.
     */
    public static long uitIfMatch(String ifMatch) {
        if (ifMatch == null) {
            throw new VoorwaardeFout(428, "if-match-vereist",
                    "Stuur in de header If-Match de ETag mee van de versie die u het laatst las.");
        }
        if (ifMatch.strip().equals("*")) {
            return VersieVerouderd.ELKE_VERSIE;
        }
        Matcher versie = STERKE_VERSIE.matcher(ifMatch);
        if (!versie.matches()) {
            throw new VoorwaardeFout(412, "versie-verouderd",
                    "If-Match " + ifMatch + " is geen versie van deze resource; lees hem opnieuw en stuur zijn ETag mee.");
        }
        return Long.parseLong(versie.group(1));
    }

    public static <T> RestResponse<T> ok(T inhoud, long versie) {
        return RestResponse.ResponseBuilder.ok(inhoud).header(HttpHeaders.ETAG, etag(versie)).build();
    }
}
