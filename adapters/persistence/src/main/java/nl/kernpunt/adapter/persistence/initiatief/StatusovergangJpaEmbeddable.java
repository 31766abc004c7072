package nl.kernpunt.adapter.persistence.initiatief;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;

/** A row of {@code initiatief_statusovergang}, oldest first. */
@Embeddable
record StatusovergangJpaEmbeddable(
        @Enumerated(EnumType.STRING) InitiatiefStatus van,
        @Enumerated(EnumType.STRING) InitiatiefStatus naar,
        Instant op,
        String door,
        String reden) {
}
