package nl.kernpunt.adapter.persistence.kern;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.kernpunt.domain.kern.KanaalType;

/** A row of {@code kern_communicatiekanaal}; its position is the collection's order column. */
@Embeddable
record CommunicatiekanaalJpaEmbeddable(@Enumerated(EnumType.STRING) KanaalType type, String naam, Integer bereik) {
}
