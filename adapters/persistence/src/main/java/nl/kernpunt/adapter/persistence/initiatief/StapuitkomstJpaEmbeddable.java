package nl.kernpunt.adapter.persistence.initiatief;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import nl.kernpunt.domain.initiatief.Stap;

/** A row of {@code initiatief_stap}, in the guide's order. */
@Embeddable
record StapuitkomstJpaEmbeddable(
        @Enumerated(EnumType.STRING) Stap stap,
        String uitkomst,
        LocalDate datum,
        @Column(name = "vastgelegd_door") String vastgelegdDoor) {
}
