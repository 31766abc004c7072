package nl.kernpunt.adapter.persistence.initiatief;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Rol;

/** A row of {@code initiatief_rolbepaling}, oldest first. */
@Embeddable
record RolbepalingJpaEmbeddable(
        @Enumerated(EnumType.STRING) Rol rol,
        @Enumerated(EnumType.STRING) InitiatiefStatus fase,
        String reden,
        Instant op,
        String door) {
}
