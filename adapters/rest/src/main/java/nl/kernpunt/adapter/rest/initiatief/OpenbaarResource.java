package nl.kernpunt.adapter.rest.initiatief;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Arrays;
import nl.kernpunt.api.OpenbaarApi;
import nl.kernpunt.api.model.OpenbaarInitiatief;
import nl.kernpunt.application.initiatief.port.in.InitiatiefQuery;
import nl.kernpunt.application.initiatief.port.in.OpenbareStatus;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The public status of an initiative, for municipal apps: anonymous, by the reference the
 * initiators were given. Apps poll it, so it answers a matching {@code If-None-Match} with 304.
 */
public class OpenbaarResource implements OpenbaarApi {

    private final InitiatiefQuery initiatieven;
    private final InitiatiefApiMapper mapper;

    public OpenbaarResource(InitiatiefQuery initiatieven, InitiatiefApiMapper mapper) {
        this.initiatieven = initiatieven;
        this.mapper = mapper;
    }

    @Override
    @PermitAll
    public RestResponse<OpenbaarInitiatief> leesOpenbaarInitiatief(String referentie, String ifNoneMatch) {
        OpenbareStatus status = initiatieven.openbaar(new PubliekeReferentie(referentie));
        String etag = etag(status);
        if (komtOvereen(ifNoneMatch, etag)) {
            return RestResponse.ResponseBuilder.<OpenbaarInitiatief>create(RestResponse.Status.NOT_MODIFIED)
                    .header(HttpHeaders.ETAG, etag).build();
        }
        return RestResponse.ResponseBuilder.ok(mapper.naarDto(status)).header(HttpHeaders.ETAG, etag).build();
    }

    /**
     * The initiative's version and its kern's name, the one public field from another aggregate, so
     * renaming the kern also changes the ETag.
     */
    private static String etag(OpenbareStatus status) {
        String kern = status.kernnaam() == null ? "" : status.kernnaam();
        return "\"" + status.versie() + "-" + Integer.toHexString(kern.hashCode()) + "\"";
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
