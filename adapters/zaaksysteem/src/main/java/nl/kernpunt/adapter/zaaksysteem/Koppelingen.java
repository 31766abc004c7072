package nl.kernpunt.adapter.zaaksysteem;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.kernpunt.adapter.zaaksysteem.zgw.CatalogiClient;
import nl.kernpunt.adapter.zaaksysteem.zgw.ZakenClient;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** The configured gemeenten and, per gemeente, its Zaken and Catalogi clients, each with its own token. */
@ApplicationScoped
class Koppelingen {

    private final ZaaksysteemInstellingen instellingen;
    private final Clock klok;
    private final Map<Gemeentecode, Koppeling> koppelingen = new ConcurrentHashMap<>();

    Koppelingen(ZaaksysteemInstellingen instellingen, Clock klok) {
        this.instellingen = instellingen;
        this.klok = klok;
    }

    Set<Gemeentecode> gemeenten() {
        return instellingen.gemeenten().keySet().stream().map(Gemeentecode::new).collect(Collectors.toUnmodifiableSet());
    }

    Optional<Koppeling> van(Gemeentecode gemeente) {
        ZaaksysteemInstellingen.Koppeling instelling = instellingen.gemeenten().get(gemeente.waarde());
        if (instelling == null) {
            return Optional.empty();
        }
        return Optional.of(koppelingen.computeIfAbsent(gemeente, g -> new Koppeling(instelling,
                client(instelling.zaken(), ZakenClient.class), client(instelling.catalogi(), CatalogiClient.class))));
    }

    private <T> T client(ZaaksysteemInstellingen.Api api, Class<T> soort) {
        long millis = instellingen.timeout().toMillis();
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(api.url()))
                .connectTimeout(millis, TimeUnit.MILLISECONDS)
                .readTimeout(millis, TimeUnit.MILLISECONDS)
                .register(new ZgwVerzoekFilter(new ZgwToken(api, instellingen.tokenGeldigheid(), klok)))
                .build(soort);
    }

    record Koppeling(ZaaksysteemInstellingen.Koppeling instelling, ZakenClient zaken, CatalogiClient catalogi) {

        /** Whether the URL lies under this gemeente's Zaken API: we fetch nothing from elsewhere. */
        boolean isZakenUrl(String url) {
            String basis = instelling.zaken().url().replaceAll("/+$", "") + "/";
            return url != null && url.startsWith(basis);
        }

        boolean isCatalogiUrl(String url) {
            String basis = instelling.catalogi().url().replaceAll("/+$", "") + "/";
            return url != null && url.startsWith(basis);
        }
    }
}
