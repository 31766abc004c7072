package nl.kernpunt.bootstrap.schaal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import nl.kernpunt.bootstrap.testsupport.TestTokens;
import nl.kernpunt.bootstrap.zaaksysteem.NepJoinResource;
import nl.kernpunt.bootstrap.zaaksysteem.SynchronisatieTestBasis;

/**
 * A mixed load of clients that behave as a careful integrator's: a third of their calls register an
 * initiative with an {@code Idempotency-Key}, the rest read. A call that meets a connection error, a
 * 5xx or 409 {@code idempotency-key-in-behandeling} is sent again, with the same key and body, until it is
 * answered (at most {@link #GEDULD}); what never is, or gets any other answer, is a failure.
 */
final class Belasting {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GEDULD = Duration.ofSeconds(60);

    private final String basis;
    private final String gemeente;
    private final String kern;
    private final String naam;
    private final Map<String, String> bevestigd = new ConcurrentHashMap<>();
    private final List<String> fouten = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong verzoeken = new AtomicLong();
    private final AtomicLong afgerond = new AtomicLong();
    private final AtomicLong herhaald = new AtomicLong();
    private final AtomicLong nagespeeld = new AtomicLong();

    Belasting(String basis, String gemeente, String kern, String naam) {
        this.basis = basis;
        this.gemeente = gemeente;
        this.kern = kern;
        this.naam = naam;
    }

    /** What a run did; {@code bevestigd} maps each Idempotency-Key to the id its 201 gave. */
    record Uitslag(Map<String, String> bevestigd, List<String> fouten, long verzoeken, long afgerond,
                   long herhaald, long nagespeeld, double seconden) {

        double verzoekenPerSeconde() {
            return afgerond / seconden;
        }

        @Override
        public String toString() {
            return String.format("%d handelingen in %.1f s = %.1f/s (%d aanmaken bevestigd, %d HTTP-verzoeken, "
                            + "%d opnieuw gestuurd, %d keer Idempotent-Replayed, %d fouten)", afgerond, seconden,
                    verzoekenPerSeconde(), bevestigd.size(), verzoeken, herhaald, nagespeeld, fouten.size());
        }
    }

    /** The gemeente, with its Join, and one kern in it; returns the kern's id. */
    static String gemeenteMetKern(String basis, String gemeente) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        String token = TestTokens.voor(gemeente, "beheerder");
        stuur(http, post(basis + "/api/v1/gemeenten", token, Map.of("code", gemeente, "naam", "Schaalgemeente",
                "rsin", NepJoinResource.RSIN)), 201);
        return JSON.readTree(stuur(http, post(basis + "/api/v1/kernen", token, Map.of("naam", "Zoelen")), 201)
                .body()).path("id").asText();
    }

    /** {@code clients} threads for {@code duur}; {@code halverwege}, if given, runs once half-way. */
    Uitslag draai(int clients, Duration duur, Runnable halverwege) {
        long start = System.nanoTime();
        long einde = start + duur.toNanos();
        List<Thread> draden = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread draad = new Thread(() -> client(einde), naam + "-client-" + i);
            draad.start();
            draden.add(draad);
        }
        if (halverwege != null) {
            SynchronisatieTestBasis.slaap(duur.toMillis() / 2);
            halverwege.run();
        }
        for (Thread draad : draden) {
            try {
                draad.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double seconden = (System.nanoTime() - start) / 1e9;
        return new Uitslag(Map.copyOf(bevestigd), List.copyOf(fouten), verzoeken.get(), afgerond.get(),
                herhaald.get(), nagespeeld.get(), seconden);
    }

    private void client(long einde) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1).build();
        String token = TestTokens.voor(gemeente, "medewerker");
        while (System.nanoTime() < einde) {
            double keuze = ThreadLocalRandom.current().nextDouble();
            if (keuze < 0.33) {
                maakAan(http, token);
            } else if (keuze < 0.66) {
                lees(http, token, basis + "/api/v1/kernen?gemeente=" + gemeente);
            } else {
                lees(http, token, basis + "/api/v1/initiatieven");
            }
        }
    }

    private void maakAan(HttpClient http, String token) {
        String sleutel = UUID.randomUUID().toString();
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(basis + "/api/v1/initiatieven"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", sleutel).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(alsJson(Map.of("kern", kern, "titel", "Schaal " + sleutel,
                        "omschrijving", "Bewoners willen samen de speeltuin opknappen.",
                        "vorm", Map.of("georganiseerd", false, "structureel", false, "rightToChallenge", false),
                        "betrokkenen", List.of(Map.of("naam", "Buurtvereniging Zoelen"))))))
                .build();
        HttpResponse<String> antwoord = totBeantwoord(http, verzoek, "POST " + sleutel);
        if (antwoord == null) {
            return;
        }
        if (antwoord.statusCode() != 201) {
            fouten.add("POST " + sleutel + ": " + antwoord.statusCode() + " " + antwoord.body());
            return;
        }
        if (antwoord.headers().firstValue("Idempotent-Replayed").isPresent()) {
            nagespeeld.incrementAndGet();
        }
        try {
            bevestigd.put(sleutel, JSON.readTree(antwoord.body()).path("id").asText());
            afgerond.incrementAndGet();
        } catch (IOException e) {
            fouten.add("POST " + sleutel + ": no JSON in the 201: " + antwoord.body());
        }
    }

    private void lees(HttpClient http, String token, String url) {
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> antwoord = totBeantwoord(http, verzoek, "GET " + url);
        if (antwoord == null) {
            return;
        }
        if (antwoord.statusCode() == 200) {
            afgerond.incrementAndGet();
        } else {
            fouten.add("GET " + url + ": " + antwoord.statusCode() + " " + antwoord.body());
        }
    }

    /** The first answer that is not worth retrying; null (and a failure noted) when the patience ran out. */
    private HttpResponse<String> totBeantwoord(HttpClient http, HttpRequest verzoek, String wat) {
        long tot = System.nanoTime() + GEDULD.toNanos();
        String laatste = "";
        while (System.nanoTime() < tot) {
            verzoeken.incrementAndGet();
            try {
                HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
                if (antwoord.statusCode() < 500 && antwoord.statusCode() != 409) {
                    return antwoord;
                }
                laatste = antwoord.statusCode() + " " + antwoord.body();
            } catch (IOException e) {
                laatste = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            herhaald.incrementAndGet();
            SynchronisatieTestBasis.slaap(100);
        }
        fouten.add(wat + ": not answered within " + GEDULD + ", last: " + laatste);
        return null;
    }

    private static HttpRequest post(String url, String token, Object inhoud) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(alsJson(inhoud))).build();
    }

    private static HttpResponse<String> stuur(HttpClient http, HttpRequest verzoek, int verwacht) throws IOException {
        try {
            HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
            if (antwoord.statusCode() != verwacht) {
                throw new IllegalStateException(verzoek.uri() + ": " + antwoord.statusCode() + " " + antwoord.body());
            }
            return antwoord;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String alsJson(Object inhoud) {
        try {
            return JSON.writeValueAsString(inhoud);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
