package nl.kernpunt.application.voordeur.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The request counter in memory, with the database's forgetting of old windows. */
public class InMemoryVerzoekteller implements Verzoekteller {

    private final Map<String, Integer> tellingen = new ConcurrentHashMap<>();

    @Override
    public int tel(String client, Instant venster, Instant vergeetVoor) {
        int aantal = tellingen.merge(client + "|" + venster, 1, Integer::sum);
        if (aantal == 1) {
            tellingen.keySet().removeIf(sleutel -> Instant.parse(sleutel.substring(sleutel.indexOf('|') + 1))
                    .isBefore(vergeetVoor));
        }
        return aantal;
    }

    public int rijen() {
        return tellingen.size();
    }
}
