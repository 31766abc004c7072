package nl.kernpunt.adapter.rest.traject;

import jakarta.annotation.security.PermitAll;
import nl.kernpunt.api.ParticipatieladderApi;
import nl.kernpunt.api.model.Participatieladder;
import org.jboss.resteasy.reactive.RestResponse;

/** The participatieladder tag: the five levels, public, so front ends can show the ladder. */
public class ParticipatieladderResource implements ParticipatieladderApi {

    private final ParticipatietrajectApiMapper mapper;

    public ParticipatieladderResource(ParticipatietrajectApiMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @PermitAll
    public RestResponse<Participatieladder> leesParticipatieladder() {
        return RestResponse.ok(mapper.ladder());
    }
}
