package nl.kernpunt.adapter.persistence.initiatief;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;
import nl.kernpunt.domain.initiatief.AfspraakStatus;
import nl.kernpunt.domain.initiatief.Partij;

/** A row of {@code initiatief_afspraak}, in the order made. */
@Embeddable
record AfspraakJpaEmbeddable(
        UUID id,
        String wat,
        @Enumerated(EnumType.STRING) Partij door,
        String verantwoordelijke,
        LocalDate deadline,
        @Enumerated(EnumType.STRING) AfspraakStatus status,
        String reden) {
}
