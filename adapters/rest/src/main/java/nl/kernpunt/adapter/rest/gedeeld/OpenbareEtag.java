package nl.kernpunt.adapter.rest.gedeeld;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The conditional read of a public status that apps poll: 304 with the ETag when
 * {@code If-None-Match} matches, else 200 with body and ETag. Both say {@code Cache-Control: no-cache}:
 * the data is public, so a cache may keep it, but must revalidate it every time (docs/adr/0026).
 */
public final class OpenbareEtag {

    private OpenbareEtag() {
    }

    private static final String HERVALIDEREN = "no-cache";

    public static <T> RestResponse<T> antwoord(String ifNoneMatch, String etag, Supplier<T> inhoud) {
        if (komtOvereen(ifNoneMatch, etag)) {
            return RestResponse.ResponseBuilder.<T>create(RestResponse.Status.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, HERVALIDEREN).build();
        }
        return RestResponse.ResponseBuilder.ok(inhoud.get()).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, HERVALIDEREN).build();
    }

    /** RFC 9110: a list of ETags or {@code *}, compared weakly (a W/ prefix does not matter). */
    private static boolean komtOvereen(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(kandidaat -> kandidaat.startsWith("W/") ? kandidaat.substring(2) : kandidaat)
                .anyMatch(kandidaat -> kandidaat.equals("*") || kandidaat.equals(etag));
    }
}
