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
import java.util.Locale;
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
 * <p>Because that timing also charges the generator's own lag to the service, a step first runs
 * {@code warm-up} seconds at the same rate that are not counted (this JVM compiles its HTTP client
 * and opens its connections then, not in the measured schedule), and before the warm-up and again
 * before the measurement it waits until the service is idle: every request sent has answered and
 * three probes in a row answered quickly (see {@link #wachtOpRust}), so a step does not pay for the
 * previous step's backlog.
 *
 * <pre>
 * java Vastetempo.java &lt;base-url&gt; &lt;token&gt; &lt;reads/s&gt; &lt;writes/s&gt; &lt;seconds&gt; &lt;read-paths file&gt; &lt;kern-ids file&gt; [warm-up seconds, default 5]
 * </pre>
 *
 * Prints {@code RESULTAAT <served/s> <reads p50> <reads p99> <writes p50> <writes p99> <failed>} (ms)
 * for the measured phase: a failure is any answer other than 2xx, an error, or no answer within
 * 10 s after the run. The warm-up and the waits for rest go to standard error.
 */
public final class Vastetempo {

    private static final Duration UITLOOP = Duration.ofSeconds(10);
    /** A probe this fast means the service has no queue left, whatever the machine's speed. */
    private static final double RUST_MS = 5.0;
    private static final long RUST_HOOGSTENS_NS = TimeUnit.SECONDS.toNanos(30);

    private final String basis;
    private final String token;
    private final List<String> paden;
    private final List<String> kernen;
    private final HttpClient client;

    private Vastetempo(String basis, String token, List<String> paden, List<String> kernen, HttpClient client) {
        this.basis = basis;
        this.token = token;
        this.paden = paden;
        this.kernen = kernen;
        this.client = client;
    }

    public static void main(String[] argumenten) throws IOException, InterruptedException {
        if (argumenten.length != 7 && argumenten.length != 8) {
            System.err.println("usage: <base-url> <token> <reads/s> <writes/s> <seconds> <read-paths file> <kern-ids file> [warm-up seconds]");
            System.exit(2);
        }
        int lezen = Integer.parseInt(argumenten[2]);
        int schrijven = Integer.parseInt(argumenten[3]);
        int seconden = Integer.parseInt(argumenten[4]);
        int opwarmen = argumenten.length == 8 ? Integer.parseInt(argumenten[7]) : 5;

        ExecutorService uitvoerder = Executors.newFixedThreadPool(8);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(uitvoerder)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Vastetempo tempo = new Vastetempo(argumenten[0], argumenten[1], regels(argumenten[5]), regels(argumenten[6]), client);

        tempo.wachtOpRust();
        if (opwarmen > 0) {
            System.err.println("warm-up (not counted): " + tempo.fase(lezen, schrijven, opwarmen).regel());
            tempo.wachtOpRust();
        }
        System.out.println("RESULTAAT " + tempo.fase(lezen, schrijven, seconden).regel());
        uitvoerder.shutdownNow();
        System.exit(0);
    }

    /** One phase at a fixed rate; waits for every request it sent (at most 10 s after its schedule). */
    private Uitslag fase(int lezen, int schrijven, int seconden) {
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
            HttpRequest verzoek = schrijf ? nieuweVraag() : lees();
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
        return new Uitslag(beantwoord / verstreken, percentiel(duurLezen, gelezen.get(), 50),
                percentiel(duurLezen, gelezen.get(), 99), percentiel(duurSchrijven, geschreven.get(), 50),
                percentiel(duurSchrijven, geschreven.get(), 99), mislukt.get() + onbeantwoord);
    }

    /**
     * Until three reads in a row, one after the other, each answer within {@link #RUST_MS} or within
     * 1.5 × the fastest probe so far (a loaded machine may never answer in 5 ms), at most 30 s.
     */
    private void wachtOpRust() throws InterruptedException {
        long begin = System.nanoTime();
        double snelste = Double.MAX_VALUE;
        int opRij = 0;
        double ms = Double.NaN;
        while (opRij < 3 && System.nanoTime() - begin < RUST_HOOGSTENS_NS) {
            long start = System.nanoTime();
            try {
                client.send(lees(), HttpResponse.BodyHandlers.discarding());
                ms = (System.nanoTime() - start) / 1e6;
            } catch (IOException e) {
                ms = Double.MAX_VALUE;
            }
            snelste = Math.min(snelste, ms);
            opRij = ms <= Math.max(RUST_MS, 1.5 * snelste) ? opRij + 1 : 0;
            Thread.sleep(20);
        }
        System.err.printf(Locale.ROOT, "idle after %.1f s (last probe %.1f ms, fastest %.1f ms)%n",
                (System.nanoTime() - begin) / 1e9, ms, snelste);
    }

    private HttpRequest lees() {
        String pad = paden.get(ThreadLocalRandom.current().nextInt(paden.size()));
        return HttpRequest.newBuilder(URI.create(basis + pad)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    private HttpRequest nieuweVraag() {
        String kern = kernen.get(ThreadLocalRandom.current().nextInt(kernen.size()));
        String body = "{\"kern\":\"" + kern + "\",\"onderwerp\":\"Bankje\",\"tekst\":\"Het bankje bij de kerk is kapot.\","
                + "\"vrager\":{\"naam\":\"Proefinwoner\"}}";
        return HttpRequest.newBuilder(URI.create(basis + "/api/v1/vragen")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private record Uitslag(double perSeconde, double lezenP50, double lezenP99, double schrijvenP50,
            double schrijvenP99, int mislukt) {

        String regel() {
            return String.format(Locale.ROOT, "%.1f %.2f %.2f %.2f %.2f %d", perSeconde, lezenP50, lezenP99,
                    schrijvenP50, schrijvenP99, mislukt);
        }
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
