package nl.kernpunt.adapter.rest.gemeente;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.UriInfo;
import nl.kernpunt.adapter.rest.gedeeld.Aangemaakt;
import nl.kernpunt.adapter.rest.gedeeld.IdempotenteAanmaak;
import nl.kernpunt.adapter.rest.gedeeld.Versies;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.GemeentenApi;
import nl.kernpunt.api.model.Gemeente;
import nl.kernpunt.api.model.GemeenteNieuw;
import nl.kernpunt.api.model.GemeentePagina;
import nl.kernpunt.api.model.GemeenteWijziging;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gemeente.port.in.GelezenGemeente;
import nl.kernpunt.application.gemeente.port.in.GemeenteQuery;
import nl.kernpunt.application.gemeente.port.in.RegistreerGemeenteUseCase;
import nl.kernpunt.application.gemeente.port.in.WijzigGemeenteUseCase;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import org.jboss.resteasy.reactive.RestResponse;

/** The gemeenten tag of the contract. Roles and tenancy are the use cases' business, not this class's. */
public class GemeentenResource implements GemeentenApi {

    private final RegistreerGemeenteUseCase registreerGemeente;
    private final WijzigGemeenteUseCase wijzigGemeente;
    private final GemeenteQuery gemeenten;
    private final GemeenteApiMapper mapper;
    private final HuidigeGebruiker gebruiker;
    private final IdempotenteAanmaak idempotent;
    private final UriInfo uriInfo;

    public GemeentenResource(RegistreerGemeenteUseCase registreerGemeente, WijzigGemeenteUseCase wijzigGemeente,
                             GemeenteQuery gemeenten, GemeenteApiMapper mapper, HuidigeGebruiker gebruiker,
                             IdempotenteAanmaak idempotent, UriInfo uriInfo) {
        this.registreerGemeente = registreerGemeente;
        this.wijzigGemeente = wijzigGemeente;
        this.gemeenten = gemeenten;
        this.mapper = mapper;
        this.gebruiker = gebruiker;
        this.idempotent = idempotent;
        this.uriInfo = uriInfo;
    }

    @Override
    @PermitAll
    public RestResponse<GemeentePagina> zoekGemeenten(String cursor, Integer pageSize) {
        return RestResponse.ok(mapper.naarDto(gemeenten.zoek(PaginaVerzoek.van(cursor, pageSize))));
    }

    @Override
    @PermitAll
    public RestResponse<Gemeente> leesGemeente(String gemeentecode) {
        return gelezen(gemeenten.lees(new Gemeentecode(gemeentecode), gebruiker.optioneel()));
    }

    @Override
    public RestResponse<Gemeente> registreerGemeente(GemeenteNieuw gemeenteNieuw, String idempotencyKey) {
        Gebruiker door = gebruiker.vereist();
        return idempotent.maak(idempotencyKey, door, "registreerGemeente", gemeenteNieuw, Gemeente.class, () -> {
            GelezenGemeente gemeente = registreerGemeente.registreer(mapper.naarCommand(door, gemeenteNieuw));
            return Aangemaakt.van(mapper.naarDto(gemeente), uriInfo, GemeentenApi.class, gemeente.openbaar().code().waarde(),
                    gemeente.versie());
        });
    }

    @Override
    public RestResponse<Gemeente> wijzigGemeente(String gemeentecode, GemeenteWijziging gemeenteWijziging, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return gelezen(wijzigGemeente.wijzig(mapper.naarCommand(gebruiker.vereist(), gemeentecode, versie, gemeenteWijziging)));
    }

    private RestResponse<Gemeente> gelezen(GelezenGemeente gemeente) {
        return Versies.ok(mapper.naarDto(gemeente), gemeente.versie());
    }
}
