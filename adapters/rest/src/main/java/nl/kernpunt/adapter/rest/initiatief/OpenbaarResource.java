package nl.kernpunt.adapter.rest.initiatief;

import jakarta.annotation.security.PermitAll;
import nl.kernpunt.adapter.rest.gedeeld.OpenbareEtag;
import nl.kernpunt.api.OpenbaarApi;
import nl.kernpunt.api.model.OpenbaarInitiatief;
import nl.kernpunt.application.initiatief.port.in.OpenbareStatus;
import nl.kernpunt.application.initiatief.port.in.OpenbareStatusQuery;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The public status of an initiative, for municipal apps: anonymous, by the reference the
 * initiators were given. Apps poll it, so it answers a matching {@code If-None-Match} with 304.
 */
public class OpenbaarResource implements OpenbaarApi {

    private final OpenbareStatusQuery initiatieven;
    private final InitiatiefApiMapper mapper;

    public OpenbaarResource(OpenbareStatusQuery initiatieven, InitiatiefApiMapper mapper) {
        this.initiatieven = initiatieven;
        this.mapper = mapper;
    }

    @Override
    @PermitAll
    public RestResponse<OpenbaarInitiatief> leesOpenbaarInitiatief(String referentie, String ifNoneMatch) {
        OpenbareStatus status = initiatieven.openbaar(new PubliekeReferentie(referentie));
        String etag = etag(status);
        return OpenbareEtag.antwoord(ifNoneMatch, etag, () -> mapper.naarDto(status));
    }

    /**
     * The initiative's version and its kern's name, the one public field from another aggregate, so
     * renaming the kern also changes the ETag.
     */
    private static String etag(OpenbareStatus status) {
        String kern = status.kernnaam() == null ? "" : status.kernnaam();
        return "\"" + status.versie() + "-" + Integer.toHexString(kern.hashCode()) + "\"";
    }
}
