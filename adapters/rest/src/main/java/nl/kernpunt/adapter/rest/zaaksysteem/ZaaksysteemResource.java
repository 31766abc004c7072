package nl.kernpunt.adapter.rest.zaaksysteem;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Clock;
import java.util.UUID;
import nl.kernpunt.adapter.rest.toegang.EigenToken;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.ZaaksysteemApi;
import nl.kernpunt.api.model.GeparkeerdeOpdrachten;
import nl.kernpunt.api.model.Notificatie;
import nl.kernpunt.api.model.Synchronisatiestand;
import nl.kernpunt.api.model.Zaakconflicten;
import nl.kernpunt.application.zaaksysteem.GeparkeerdeOpdracht;
import nl.kernpunt.application.zaaksysteem.port.in.LosZaakconflictOpUseCase;
import nl.kernpunt.application.zaaksysteem.port.in.OntvangNotificatieUseCase;
import nl.kernpunt.application.zaaksysteem.port.in.ProbeerOpdrachtOpnieuwUseCase;
import nl.kernpunt.application.zaaksysteem.port.in.ZaaksysteemQuery;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The zaaksysteem tag: the beheerder's view on the sync with Join (own gemeente, JWT), and the
 * webhook the gemeente's Notificaties API calls with its own token instead of a JWT.
 */
public class ZaaksysteemResource implements ZaaksysteemApi {

    private final ZaaksysteemQuery query;
    private final ProbeerOpdrachtOpnieuwUseCase opnieuw;
    private final LosZaakconflictOpUseCase oplossen;
    private final OntvangNotificatieUseCase ontvangen;
    private final ZaaksysteemApiMapper mapper;
    private final HuidigeGebruiker gebruiker;
    private final Clock klok;

    @Context
    HttpHeaders headers;

    public ZaaksysteemResource(ZaaksysteemQuery query, ProbeerOpdrachtOpnieuwUseCase opnieuw,
                               LosZaakconflictOpUseCase oplossen, OntvangNotificatieUseCase ontvangen,
                               ZaaksysteemApiMapper mapper, HuidigeGebruiker gebruiker, Clock klok) {
        this.query = query;
        this.opnieuw = opnieuw;
        this.oplossen = oplossen;
        this.ontvangen = ontvangen;
        this.mapper = mapper;
        this.gebruiker = gebruiker;
        this.klok = klok;
    }

    @Override
    public RestResponse<Synchronisatiestand> leesSynchronisatiestand() {
        return RestResponse.ok(mapper.naarDto(query.stand(gebruiker.vereist()), klok.instant()));
    }

    @Override
    public RestResponse<GeparkeerdeOpdrachten> zoekGeparkeerdeOpdrachten() {
        return RestResponse.ok(new GeparkeerdeOpdrachten().resultaten(
                query.geparkeerd(gebruiker.vereist()).stream().map(mapper::naarDto).toList()));
    }

    @Override
    public RestResponse<Void> probeerOpdrachtOpnieuw(UUID opdrachtId) {
        opnieuw.probeerOpnieuw(new ProbeerOpdrachtOpnieuwUseCase.Command(gebruiker.vereist(), opdrachtId));
        return RestResponse.noContent();
    }

    @Override
    public RestResponse<Zaakconflicten> zoekZaakconflicten() {
        return RestResponse.ok(new Zaakconflicten().resultaten(
                query.conflicten(gebruiker.vereist()).stream().map(mapper::naarDto).toList()));
    }

    @Override
    public RestResponse<Void> losZaakconflictOp(UUID conflictId) {
        oplossen.losOp(new LosZaakconflictOpUseCase.Command(gebruiker.vereist(), conflictId));
        return RestResponse.noContent();
    }

    /** Stores and answers; fetching and applying happen after, off the sender's clock. */
    @Override
    @PermitAll
    @EigenToken
    public RestResponse<Void> ontvangNotificatie(String gemeente, Notificatie notificatie) {
        ontvangen.ontvang(new OntvangNotificatieUseCase.Command(new Gemeentecode(gemeente),
                headers.getHeaderString(HttpHeaders.AUTHORIZATION), mapper.naarDomein(notificatie)));
        return RestResponse.noContent();
    }
}
