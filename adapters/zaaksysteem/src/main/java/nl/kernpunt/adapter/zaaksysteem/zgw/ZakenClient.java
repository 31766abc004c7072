package nl.kernpunt.adapter.zaaksysteem.zgw;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The part of the Zaken API 1.5.1 we use, in our own words. Built per gemeente with its base URL
 * (see {@code Koppelingen}); the token and CRS headers come from a filter.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ZakenClient {

    @POST
    @Path("/zaken")
    ZgwZaak maakZaak(ZgwZaak zaak);

    @GET
    @Path("/zaken")
    ZgwPagina<ZgwZaak> zoekZaken(@QueryParam("bronorganisatie") String bronorganisatie,
                                  @QueryParam("identificatie") String identificatie);

    @GET
    @Path("/zaken/{uuid}")
    ZgwZaak leesZaak(@PathParam("uuid") String uuid);

    @GET
    @Path("/statussen")
    ZgwPagina<ZgwStatus> statussen(@QueryParam("zaak") String zaak, @QueryParam("statustype") String statustype);

    @GET
    @Path("/statussen/{uuid}")
    ZgwStatus leesStatus(@PathParam("uuid") String uuid);

    @POST
    @Path("/statussen")
    ZgwStatus zetStatus(ZgwStatus status);

    @GET
    @Path("/rollen")
    ZgwPagina<ZgwRol> rollen(@QueryParam("zaak") String zaak, @QueryParam("roltype") String roltype);

    @POST
    @Path("/rollen")
    ZgwRol voegRolToe(ZgwRol rol);

    @GET
    @Path("/resultaten")
    ZgwPagina<ZgwResultaat> resultaten(@QueryParam("zaak") String zaak);

    @POST
    @Path("/resultaten")
    ZgwResultaat zetResultaat(ZgwResultaat resultaat);
}
