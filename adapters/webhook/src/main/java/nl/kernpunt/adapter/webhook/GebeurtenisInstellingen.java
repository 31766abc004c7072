package nl.kernpunt.adapter.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/** {@code kernpunt.gebeurtenissen.*}: how events name their origin. */
@ConfigMapping(prefix = "kernpunt.gebeurtenissen")
public interface GebeurtenisInstellingen {

    /** The CloudEvents {@code source}, {@code {gemeente}} replaced by the CBS code; a gemeente may set its OIN form. */
    @WithDefault("urn:nld:gemeente-{gemeente}.kernpunt")
    String bron();

    /** The public address of this API (before {@code /api/v1}), for {@code dataref}. */
    @WithDefault("http://localhost:8080")
    URI basisUrl();
}
