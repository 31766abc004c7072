package nl.kernpunt.adapter.rest.fout;

import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import nl.kernpunt.api.model.Problem;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Everything nobody foresaw: a 500 that tells the client nothing about our internals, and a log
 * line with the same random id, so support can find the stack trace from what the client reports.
 * The log gets exception types and stack frames only: their messages may quote the request
 * (a database error quotes the row it refused), and request content may be personal data.
 * A failure that only says the service is busy ({@link Overbelasting}) is a 503 instead, a body the
 * client stopped sending ({@link AfgebrokenVerzoek}) a 400.
 */
public class OnverwachteFouten {

    private static final Logger LOG = Logger.getLogger(OnverwachteFouten.class);
    private static final int MAX_REGELS = 30;

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
        if (Overbelasting.herken(fout)) {
            return overbelast(fout, verzoek);
        }
        if (AfgebrokenVerzoek.herken(fout)) {
            LOG.infof("Verzoek afgebroken door de client bij %s", Problemen.pad(verzoek));
            return Problemen.antwoord(Problemen.probleem(400, "verzoek-afgebroken",
                    "De inhoud van het verzoek kwam niet volledig aan: de verbinding werd verbroken.",
                    Problemen.pad(verzoek)));
        }
        UUID id = UUID.randomUUID();
        LOG.errorf("Onverwachte fout %s bij %s:%s", id, Problemen.pad(verzoek), spoorZonderMeldingen(fout));
        return Problemen.antwoord(Problemen.probleem(500, "interne-fout",
                "Er ging aan onze kant iets mis. Noem bij contact het kenmerk " + id + ".", "urn:uuid:" + id));
    }

    /** Busy, not broken: the client may retry, and the log gets one line without a stack trace. */
    private static RestResponse<Problem> overbelast(Throwable fout, UriInfo verzoek) {
        LOG.warnf("Overbelast bij %s: %s", Problemen.pad(verzoek), fout.getClass().getName());
        return Problemen.builder(Problemen.probleem(503, "tijdelijk-overbelast",
                        "De dienst is op dit moment te druk; probeer het over " + Overbelasting.WACHT_SECONDEN
                                + " seconden opnieuw.", Problemen.pad(verzoek)))
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Overbelasting.WACHT_SECONDEN))
                .build();
    }

    /** A failure's classes and first frames, without its messages: they may quote stored values. */
    public static String spoorZonderMeldingen(Throwable fout) {
        StringBuilder spoor = new StringBuilder();
        Oorzaken.van(fout).forEach(oorzaak -> {
            spoor.append(oorzaak == fout ? "\n" : "\nveroorzaakt door ").append(oorzaak.getClass().getName());
            StackTraceElement[] regels = oorzaak.getStackTrace();
            for (int i = 0; i < Math.min(regels.length, MAX_REGELS); i++) {
                spoor.append("\n\tat ").append(regels[i]);
            }
        });
        return spoor.toString();
    }
}
