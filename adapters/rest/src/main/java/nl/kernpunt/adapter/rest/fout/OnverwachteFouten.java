package nl.kernpunt.adapter.rest.fout;

import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.kernpunt.api.model.Problem;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Everything nobody foresaw: a 500 that tells the client nothing about our internals, and a log
 * line with the same random id, so support can find the stack trace from what the client reports.
 */
public class OnverwachteFouten {

    private static final Logger LOG = Logger.getLogger(OnverwachteFouten.class);

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> onverwacht(Throwable fout, UriInfo verzoek) {
        return antwoord(fout, verzoek);
    }

    /** A DTO Jackson cannot handle is our bug, not the client's; Quarkus would answer an empty 500. */
    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> jsonDefinitie(InvalidDefinitionException fout, UriInfo verzoek) {
        return antwoord(fout, verzoek);
    }

    static RestResponse<Problem> antwoord(Throwable fout, UriInfo verzoek) {
        UUID id = UUID.randomUUID();
        LOG.errorf(fout, "Onverwachte fout %s bij %s", id, Problemen.pad(verzoek));
        return Problemen.antwoord(Problemen.probleem(500, "interne-fout",
                "Er ging aan onze kant iets mis. Noem bij contact het kenmerk " + id + ".", "urn:uuid:" + id));
    }
}
