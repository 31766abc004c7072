package nl.kernpunt.application.gebeurtenis;

import java.net.URI;
import java.util.Objects;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * How events name their origin: {@code bronsjabloon} is the CloudEvents {@code source}, a URN with
 * {@code {gemeente}} for the CBS code (the profile's {@code urn:nld:…} form), and {@code basisUrl}
 * the public address of this API, before {@code /api/v1}.
 */
public record Gebeurtenisinstellingen(String bronsjabloon, URI basisUrl) {

    public Gebeurtenisinstellingen {
        Objects.requireNonNull(bronsjabloon, "bronsjabloon");
        Objects.requireNonNull(basisUrl, "basisUrl");
    }

    public String bron(Gemeentecode gemeente) {
        return bronsjabloon.replace("{gemeente}", gemeente.waarde());
    }

    public URI url(String pad) {
        String basis = basisUrl.toString().replaceAll("/+$", "");
        return URI.create(basis + "/api/v1" + pad);
    }
}
