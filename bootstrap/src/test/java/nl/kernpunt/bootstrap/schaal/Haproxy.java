package nl.kernpunt.bootstrap.schaal;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.kernpunt.bootstrap.testsupport.KernpuntProces;
import nl.kernpunt.bootstrap.zaaksysteem.SynchronisatieTestBasis;

/**
 * HAProxy from Debian's package in front of the instances: round robin, each instance checked on
 * {@code /q/health/ready} every half second and taken out after two failures. A request whose
 * connection is refused is tried once more on another instance ({@code redispatch}); a request that
 * was sent is never repeated by the balancer, that is the client's business with its Idempotency-Key.
 */
final class Haproxy implements AutoCloseable {

    private final Process proces;
    private final int poort;

    private Haproxy(Process proces, int poort) {
        this.proces = proces;
        this.poort = poort;
    }

    static Haproxy start(Path map, List<Integer> instanties) throws IOException {
        Path programma = List.of(Path.of("/usr/sbin/haproxy"), Path.of("/usr/local/sbin/haproxy")).stream()
                .filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new IllegalStateException("HAProxy is not installed: run .ci/schaal, which installs it"));
        int poort = KernpuntProces.vrijePoort();
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < instanties.size(); i++) {
            servers.append("    server instantie-").append(i + 1).append(" 127.0.0.1:").append(instanties.get(i))
                    .append(" check\n");
        }
        Path configuratie = map.resolve("haproxy.cfg");
        Files.writeString(configuratie, """
                global
                    maxconn 1000
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    retries 1
                    option redispatch
                frontend kernpunt
                    bind 127.0.0.1:%d
                    default_backend instanties
                backend instanties
                    balance roundrobin
                    option httpchk GET /q/health/ready
                    http-check expect status 200
                    default-server inter 500ms fall 2 rise 2
                %s""".formatted(poort, servers));
        Process proces = new ProcessBuilder(programma.toString(), "-db", "-f", configuratie.toString())
                .redirectErrorStream(true).redirectOutput(map.resolve("haproxy.log").toFile()).start();
        Haproxy haproxy = new Haproxy(proces, poort);
        haproxy.wachtTotBereikbaar();
        return haproxy;
    }

    String basis() {
        return "http://127.0.0.1:" + poort;
    }

    private void wachtTotBereikbaar() {
        long tot = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < tot) {
            if (!proces.isAlive()) {
                throw new IllegalStateException("HAProxy stopped at start-up, see target/schaal/haproxy.log");
            }
            try (Socket ignored = new Socket("127.0.0.1", poort)) {
                // the first health checks need a moment before every instance takes requests
                SynchronisatieTestBasis.slaap(1500);
                return;
            } catch (IOException e) {
                SynchronisatieTestBasis.slaap(100);
            }
        }
        throw new IllegalStateException("HAProxy did not listen within 10 s");
    }

    @Override
    public void close() {
        proces.destroy();
        try {
            if (!proces.waitFor(10, TimeUnit.SECONDS)) {
                proces.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
