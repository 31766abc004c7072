package nl.kernpunt.adapter.rest.fout;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.kernpunt.api.model.Problem;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.idempotentie.IdempotentieInBehandeling;
import nl.kernpunt.application.gedeeld.idempotentie.IdempotentieSleutelHergebruikt;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The errors of the domain and the use cases; each carries its own stable code and Dutch message. */
public class DomeinFoutMappers {

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> ongeldigeWaarde(OngeldigeWaarde fout, UriInfo verzoek) {
        return Problemen.antwoord(400, fout.code(), fout.veld() + " " + fout.reden(), verzoek,
                List.of(Problemen.invalidParam(fout.veld(), fout.code(), fout.reden())));
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> regelGeschonden(RegelGeschonden fout, UriInfo verzoek) {
        return fout.veld()
                .map(veld -> Problemen.antwoord(409, fout.code(), fout.getMessage(), verzoek,
                        List.of(Problemen.invalidParam(veld, fout.code(), fout.getMessage()))))
                .orElseGet(() -> Problemen.antwoord(409, fout.code(), fout.getMessage(), verzoek));
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> nietGevonden(NietGevonden fout, UriInfo verzoek) {
        return Problemen.antwoord(404, fout.code(), fout.getMessage(), verzoek);
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> geenToegang(GeenToegang fout, UriInfo verzoek) {
        return Problemen.antwoord(403, fout.code(), fout.getMessage(), verzoek);
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> versieVerouderd(VersieVerouderd fout, UriInfo verzoek) {
        return Problemen.antwoord(412, fout.code(), fout.getMessage(), verzoek);
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> sleutelHergebruikt(IdempotentieSleutelHergebruikt fout, UriInfo verzoek) {
        return Problemen.antwoord(422, fout.code(), fout.getMessage(), verzoek);
    }

    @ServerExceptionMapper(priority = Problemen.PRIORITEIT)
    public RestResponse<Problem> sleutelInBehandeling(IdempotentieInBehandeling fout, UriInfo verzoek) {
        return Problemen.antwoord(409, fout.code(), fout.getMessage(), verzoek);
    }
}
