package nl.kernpunt.domain.vraag;

import java.time.Instant;
import java.util.Objects;

/** One step in a question's life: from, to, when, who, and why (the answer's gist or the reason). */
public record Statusovergang(VraagStatus van, VraagStatus naar, Instant op, String door, String toelichting) {

    public Statusovergang {
        Objects.requireNonNull(naar, "naar");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(door, "door");
    }
}
