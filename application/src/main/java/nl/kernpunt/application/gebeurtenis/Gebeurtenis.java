package nl.kernpunt.application.gebeurtenis;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * One event of the gemeente's feed. {@code volgnummer} orders the feed per gemeente, without gaps; the
 * store gives it just after the change commits (docs/adr/0036), so a new event carries 0;
 * {@code dataref} is the path of the resource under {@code /api/v1}; {@code data} holds codes and ids
 * only, never personal data. {@code bron} is the kind of resource (an audit kind), which tells the store
 * where to find its kernen.
 */
public record Gebeurtenis(UUID id, Gemeentecode gemeente, long volgnummer, String type, String bron, UUID subject,
                          String dataref, Instant tijd, Map<String, String> data) {

    public Gebeurtenis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bron, "bron");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(dataref, "dataref");
        Objects.requireNonNull(tijd, "tijd");
        data = Map.copyOf(data);
    }
}
