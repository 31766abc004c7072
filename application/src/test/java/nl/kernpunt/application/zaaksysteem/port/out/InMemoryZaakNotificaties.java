package nl.kernpunt.application.zaaksysteem.port.out;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kernpunt.application.zaaksysteem.Notificatie;
import nl.kernpunt.domain.gemeente.Gemeentecode;

public class InMemoryZaakNotificaties implements ZaakNotificaties {

    private record Sleutel(String kanaal, String resourceUrl, String actie, Instant aanmaakdatum) {
        static Sleutel van(Notificatie n) {
            return new Sleutel(n.kanaal(), n.resourceUrl(), n.actie(), n.aanmaakdatum());
        }
    }

    private final Map<Sleutel, Ontvangen> ontvangen = new LinkedHashMap<>();
    private final Map<Sleutel, Instant> verwerkt = new LinkedHashMap<>();

    @Override
    public synchronized boolean ontvang(Gemeentecode gemeente, Notificatie notificatie, Instant op) {
        return ontvangen.putIfAbsent(Sleutel.van(notificatie), new Ontvangen(gemeente, notificatie)) == null;
    }

    @Override
    public synchronized List<Ontvangen> onverwerkt(int max) {
        return ontvangen.entrySet().stream().filter(e -> !verwerkt.containsKey(e.getKey()))
                .map(Map.Entry::getValue).limit(max).toList();
    }

    @Override
    public synchronized void verwerkt(Notificatie notificatie, Instant op) {
        verwerkt.put(Sleutel.van(notificatie), op);
    }
}
