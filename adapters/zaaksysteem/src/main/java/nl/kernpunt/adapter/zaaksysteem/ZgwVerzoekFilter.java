package nl.kernpunt.adapter.zaaksysteem;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Adds what every ZGW call needs: the API's own bearer token, and the coordinate system headers
 * the Zaken API demands even when no geometry is sent.
 */
final class ZgwVerzoekFilter implements ClientRequestFilter {

    private final ZgwToken token;

    ZgwVerzoekFilter(ZgwToken token) {
        this.token = token;
    }

    @Override
    public void filter(ClientRequestContext verzoek) {
        verzoek.getHeaders().putSingle("Authorization", "Bearer " + token.waarde());
        verzoek.getHeaders().putSingle("Accept-Crs", "EPSG:4326");
        verzoek.getHeaders().putSingle("Content-Crs", "EPSG:4326");
    }
}
