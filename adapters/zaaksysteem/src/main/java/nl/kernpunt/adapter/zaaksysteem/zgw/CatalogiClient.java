package nl.kernpunt.adapter.zaaksysteem.zgw;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The part of the Catalogi API 1.3.1 we use. */
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogiClient {

    @GET
    @Path("/statustypen/{uuid}")
    ZgwStatustype leesStatustype(@PathParam("uuid") String uuid);
}
