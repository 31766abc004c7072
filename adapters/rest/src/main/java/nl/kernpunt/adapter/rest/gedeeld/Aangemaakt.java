package nl.kernpunt.adapter.rest.gedeeld;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** A created resource as a 201 answers it: body, {@code Location} (a path) and {@code ETag}. */
public record Aangemaakt<T>(T inhoud, String locatie, String etag) {

    static final String HERHAALD = "Idempotent-Replayed";

    /** @param api the generated interface of the tag, whose {@code @Path} is the collection */
    public static <T> Aangemaakt<T> van(T inhoud, UriInfo verzoek, Class<?> api, String id, long versie) {
        String locatie = verzoek.getBaseUriBuilder().path(api).path(id).build().getRawPath();
        return new Aangemaakt<>(inhoud, locatie, Versies.etag(versie));
    }

    public RestResponse<T> alsAntwoord() {
        return antwoord(RestResponse.StatusCode.CREATED).build();
    }

    /** The stored answer to an earlier request with the same Idempotency-Key. */
    RestResponse<T> alsHerhaling(int status) {
        return antwoord(status).header(HERHAALD, "true").build();
    }

    private RestResponse.ResponseBuilder<T> antwoord(int status) {
        return RestResponse.ResponseBuilder.<T>create(status).entity(inhoud)
                // set as text: ResponseBuilder.location() would turn the path into an absolute URI
                .header(HttpHeaders.LOCATION, locatie)
                .header(HttpHeaders.ETAG, etag);
    }
}
