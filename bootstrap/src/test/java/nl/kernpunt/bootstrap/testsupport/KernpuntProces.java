package nl.kernpunt.bootstrap.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code quarkus-run.jar}) in an OS process of its own, for tests that must
 * kill it for real. Settings go in as {@code -D} options; its output is appended to a log file under
 * {@code target/} so a failing run can be read afterwards.
 */
public final class KernpuntProces implements AutoCloseable {

    private static final Duration OPSTARTEN = Duration.ofSeconds(90);

    private final Process proces;
    private final int poort;

    private KernpuntProces(Process proces, int poort) {
        this.proces = proces;
        this.poort = poort;
    }

    /** Starts the jar on a free port of 127.0.0.1 with these settings and waits until it answers HTTP. */
    public static KernpuntProces start(Path jar, Map<String, String> instellingen, Path log) {
        Map<String, String> opLoopback = new LinkedHashMap<>(instellingen);
        opLoopback.putIfAbsent("quarkus.http.host", "127.0.0.1");
        return startZoalsIngesteld(jar, opLoopback, log);
    }

    /** As {@link #start}, but the service chooses the interface itself, as its mode says. */
    public static KernpuntProces startZoalsIngesteld(Path jar, Map<String, String> instellingen, Path log) {
        int poort = vrijePoort();
        KernpuntProces gestart = new KernpuntProces(begin(jar, instellingen, poort, log), poort);
        gestart.wachtTotBereikbaar(log);
        return gestart;
    }

    /** Starts the jar with settings it must refuse, and returns its exit code once it has stopped by itself. */
    public static int eindcodeBijStart(Path jar, Map<String, String> instellingen, Path log) {
        Process proces = begin(jar, instellingen, vrijePoort(), log);
        try {
            if (!proces.waitFor(OPSTARTEN.toSeconds(), TimeUnit.SECONDS)) {
                proces.destroyForcibly();
                throw new IllegalStateException("the service did not stop by itself within " + OPSTARTEN + ", see " + log);
            }
            return proces.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Process begin(Path jar, Map<String, String> instellingen, int poort, Path log) {
        List<String> opdracht = new ArrayList<>();
        opdracht.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        opdracht.add("-Xmx384m");
        opdracht.add("-Dquarkus.http.port=" + poort);
        instellingen.forEach((sleutel, waarde) -> opdracht.add("-D" + sleutel + "=" + waarde));
        opdracht.add("-jar");
        opdracht.add(jar.toString());
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "== " + String.join(" ", opdracht) + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return new ProcessBuilder(opdracht).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int poort() {
        return poort;
    }

    public String basis() {
        return "http://127.0.0.1:" + poort;
    }

    public boolean leeft() {
        return proces.isAlive();
    }

    /** SIGKILL: no shutdown hook, no finishing the round, as a crash or an OOM kill would leave it. */
    public void doodHard() {
        proces.destroyForcibly();
        wachtOpEinde();
    }

    /**
     * SIGTERM first, so a demo instance stops the embedded PostgreSQL it started (a SIGKILL left it
     * running after the test); SIGKILL only when it does not end in time.
     */
    @Override
    public void close() {
        if (!proces.isAlive()) {
            return;
        }
        proces.destroy();
        try {
            if (proces.waitFor(30, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        doodHard();
    }

    private void wachtOpEinde() {
        try {
            if (!proces.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("process " + proces.pid() + " did not end");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void wachtTotBereikbaar(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(basis() + "/api/v1/openapi.json"))
                .timeout(Duration.ofSeconds(5)).build();
        long tot = System.nanoTime() + OPSTARTEN.toNanos();
        while (System.nanoTime() < tot) {
            if (!proces.isAlive()) {
                throw new IllegalStateException("the service stopped at start-up (exit " + proces.exitValue() + "), see " + log);
            }
            try {
                if (http.send(verzoek, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            slaap();
        }
        close();
        throw new IllegalStateException("the service did not answer within " + OPSTARTEN + ", see " + log);
    }

    private static void slaap() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A port free on this machine now, for a process that binds it soon after. */
    public static int vrijePoort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
