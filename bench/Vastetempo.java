import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * P2's load generator (bench/run): requests at a fixed rate, whatever the service's answer time
 * (wrk keeps a fixed number of connections busy instead, so a slow service gets fewer requests and
 * looks better than it is). Each request's time counts from the moment it was due, not from when
 * it was sent, so a generator that falls behind shows up in the percentiles (no coordinated
 * omission). Run from source with {@code java bench/Vastetempo.java …}; no build step.
 *
 * <pre>
 * java Vastetempo.java &lt;base-url&gt; &lt;token&gt; &lt;reads/s&gt; &lt;writes/s&gt; &lt;seconds&gt; &lt;read-paths file&gt; &lt;kern-ids file&gt;
 * </pre>
 *
 * Prints {@code RESULTAAT <served/s> <reads p50> <reads p99> <writes p50> <writes p99> <failed>} (ms):
 * a failure is any answer other than 2xx, an error, or no answer within 10 s after the run.
 */
public final class Vastetempo {

    private static final Duration UITLOOP = Duration.ofSeconds(10);

    public static void main(String[] argumenten) throws IOException, InterruptedException {
        if (argumenten.length != 7) {
            System.err.println("usage: <base-url> <token> <reads/s> <writes/s> <seconds> <read-paths file> <kern-ids file>");
            System.exit(2);
        }
        String basis = argumenten[0];
        String token = argumenten[1];
        int lezen = Integer.parseInt(argumenten[2]);
        int schrijven = Integer.parseInt(argumenten[3]);
        int seconden = Integer.parseInt(argumenten[4]);
        List<String> paden = regels(argumenten[5]);
        List<String> kernen = regels(argumenten[6]);

        ExecutorService uitvoerder = Executors.newFixedThreadPool(8);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(uitvoerder)
                .connectTimeout(Duration.ofSeconds(5)).build();
        int totaal = (lezen + schrijven) * seconden;
        long[] duurLezen = new long[lezen * seconden];
        long[] duurSchrijven = new long[schrijven * seconden];
        AtomicInteger gelezen = new AtomicInteger();
        AtomicInteger geschreven = new AtomicInteger();
        AtomicInteger mislukt = new AtomicInteger();
        CompletableFuture<?>[] lopend = new CompletableFuture<?>[totaal];

        long tussenpoos = TimeUnit.SECONDS.toNanos(1) / (lezen + schrijven);
        long begin = System.nanoTime();
        for (int i = 0; i < totaal; i++) {
            long gepland = begin + i * tussenpoos;
            long wacht = gepland - System.nanoTime();
            if (wacht > 0) {
                LockSupport.parkNanos(wacht);
            }
            // the writes spread evenly between the reads: slot i writes when it completes another write's share
            boolean schrijf = (long) (i + 1) * schrijven / (lezen + schrijven) > (long) i * schrijven / (lezen + schrijven);
            HttpRequest verzoek = schrijf ? nieuweVraag(basis, token, kernen) : lees(basis, token, paden);
            long[] duren = schrijf ? duurSchrijven : duurLezen;
            AtomicInteger teller = schrijf ? geschreven : gelezen;
            lopend[i] = client.sendAsync(verzoek, HttpResponse.BodyHandlers.discarding()).handle((antwoord, fout) -> {
                if (fout != null || antwoord.statusCode() / 100 != 2) {
                    mislukt.incrementAndGet();
                } else {
                    duren[teller.getAndIncrement()] = System.nanoTime() - gepland;
                }
                return null;
            });
        }
        try {
            CompletableFuture.allOf(lopend).get(UITLOOP.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            // what has not answered by now counts as failed below
        }
        double verstreken = (System.nanoTime() - begin) / 1e9;
        int beantwoord = gelezen.get() + geschreven.get();
        int onbeantwoord = totaal - beantwoord - mislukt.get();
        System.out.printf(java.util.Locale.ROOT, "RESULTAAT %.1f %.2f %.2f %.2f %.2f %d%n", beantwoord / verstreken,
                percentiel(duurLezen, gelezen.get(), 50), percentiel(duurLezen, gelezen.get(), 99),
                percentiel(duurSchrijven, geschreven.get(), 50), percentiel(duurSchrijven, geschreven.get(), 99),
                mislukt.get() + onbeantwoord);
        uitvoerder.shutdownNow();
        System.exit(0);
    }

    private static HttpRequest lees(String basis, String token, List<String> paden) {
        String pad = paden.get(ThreadLocalRandom.current().nextInt(paden.size()));
        return HttpRequest.newBuilder(URI.create(basis + pad)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static HttpRequest nieuweVraag(String basis, String token, List<String> kernen) {
        String kern = kernen.get(ThreadLocalRandom.current().nextInt(kernen.size()));
        String body = "{\"kern\":\"" + kern + "\",\"onderwerp\":\"Bankje\",\"tekst\":\"Het bankje bij de kerk is kapot.\","
                + "\"vrager\":{\"naam\":\"Proefinwoner\"}}";
        return HttpRequest.newBuilder(URI.create(basis + "/api/v1/vragen")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** In ms; NaN when nothing was measured. */
    private static double percentiel(long[] duren, int aantal, int procent) {
        if (aantal == 0) {
            return Double.NaN;
        }
        long[] gesorteerd = Arrays.copyOf(duren, aantal);
        Arrays.sort(gesorteerd);
        int index = (int) Math.ceil(procent / 100.0 * aantal) - 1;
        return gesorteerd[Math.max(index, 0)] / 1e6;
    }

    private static List<String> regels(String pad) throws IOException {
        return Files.readAllLines(Path.of(pad)).stream().filter(regel -> !regel.isBlank()).toList();
    }
}
