package nl.kernpunt.adapter.persistence.subsidie;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.kernpunt.domain.subsidie.Criterium;

/** A row of {@code subsidieaanvraag_criterium}. */
@Embeddable
record CriteriumoordeelJpaEmbeddable(
        @Enumerated(EnumType.STRING) Criterium criterium,
        boolean voldoet,
        String toelichting) {
}
