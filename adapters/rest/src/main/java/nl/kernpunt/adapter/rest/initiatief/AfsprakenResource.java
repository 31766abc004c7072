package nl.kernpunt.adapter.rest.initiatief;

import java.util.UUID;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.AfsprakenApi;
import nl.kernpunt.api.model.VerlopenAfspraken;
import nl.kernpunt.api.model.VerlopenAfsprakenZoekopdracht;
import nl.kernpunt.application.initiatief.port.in.InitiatiefQuery;
import nl.kernpunt.domain.kern.KernId;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The afspraken tag: overdue agreements of the own gemeente's initiatives, staff only; a search by
 * the responsible person's name comes as a POST, so the name stays out of URLs.
 */
public class AfsprakenResource implements AfsprakenApi {

    private final InitiatiefQuery initiatieven;
    private final InitiatiefApiMapper mapper;
    private final HuidigeGebruiker gebruiker;

    public AfsprakenResource(InitiatiefQuery initiatieven, InitiatiefApiMapper mapper, HuidigeGebruiker gebruiker) {
        this.initiatieven = initiatieven;
        this.mapper = mapper;
        this.gebruiker = gebruiker;
    }

    @Override
    public RestResponse<VerlopenAfspraken> zoekVerlopenAfspraken(UUID kern) {
        return zoek(kern, null);
    }

    /** The same search with a name, which belongs in a body, not a URL (docs/adr/0018). */
    @Override
    public RestResponse<VerlopenAfspraken> zoekVerlopenAfsprakenMetZoekopdracht(
            VerlopenAfsprakenZoekopdracht opdracht) {
        return zoek(opdracht.getKern(), opdracht.getVerantwoordelijke());
    }

    private RestResponse<VerlopenAfspraken> zoek(UUID kern, String verantwoordelijke) {
        var verlopen = initiatieven.verlopenAfspraken(kern == null ? null : new KernId(kern), verantwoordelijke,
                gebruiker.vereist());
        return RestResponse.ok(new VerlopenAfspraken().resultaten(verlopen.stream().map(mapper::naarDto).toList()));
    }
}
