package nl.kernpunt.adapter.persistence.initiatief;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import nl.kernpunt.domain.initiatief.Kanaal;

/** A row of {@code initiatief_contactmoment}, in the order recorded. */
@Embeddable
record ContactmomentJpaEmbeddable(
        Instant op,
        @Enumerated(EnumType.STRING) Kanaal kanaal,
        String samenvatting,
        String door) {
}
