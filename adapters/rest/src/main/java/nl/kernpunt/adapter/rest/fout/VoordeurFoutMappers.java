package nl.kernpunt.adapter.rest.fout;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import nl.kernpunt.api.model.Problem;
import nl.kernpunt.application.voordeur.TeVeelVerzoeken;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The front door's request limit: 429 with the seconds until the client's next window (RFC 6585). */
public class VoordeurFoutMappers {

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> teVeelVerzoeken(TeVeelVerzoeken fout, UriInfo verzoek) {
        return Problemen.builder(Problemen.probleem(429, fout.code(), fout.getMessage(), Problemen.pad(verzoek)))
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(fout.wachtSeconden()))
                .build();
    }
}
