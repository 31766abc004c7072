package nl.kernpunt.bootstrap.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver on 127.0.0.1 for webhook tests: records every delivery (path, headers, body) and
 * answers with {@link #antwoord}, so a test can take it down (503) and bring it back (204).
 */
final class Webhookontvanger implements AutoCloseable {

    record Ontvangst(String pad, String id, String tijdstempel, String handtekening, String mediatype, String body,
                     int antwoord) {
    }

    final AtomicInteger antwoord = new AtomicInteger(204);
    private final List<Ontvangst> ontvangen = new ArrayList<>();
    private final HttpServer server;

    Webhookontvanger() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", uitwisseling -> {
            String body = new String(uitwisseling.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = antwoord.get();
            var h = uitwisseling.getRequestHeaders();
            synchronized (ontvangen) {
                ontvangen.add(new Ontvangst(uitwisseling.getRequestURI().getPath(), h.getFirst("webhook-id"),
                        h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"), h.getFirst("Content-Type"),
                        body, status));
            }
            uitwisseling.sendResponseHeaders(status, -1);
            uitwisseling.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    String url(String pad) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pad;
    }

    /** Every delivery attempt, in arrival order. */
    List<Ontvangst> alles() {
        synchronized (ontvangen) {
            return List.copyOf(ontvangen);
        }
    }

    /** The deliveries this receiver accepted (2xx) at the path. */
    List<Ontvangst> aanvaard(String pad) {
        return alles().stream().filter(o -> o.pad().equals(pad) && o.antwoord() / 100 == 2).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
