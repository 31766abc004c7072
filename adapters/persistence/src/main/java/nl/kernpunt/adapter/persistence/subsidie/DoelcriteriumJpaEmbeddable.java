package nl.kernpunt.adapter.persistence.subsidie;

import jakarta.persistence.Embeddable;

/** A row of {@code subsidieregeling_doelcriterium}. */
@Embeddable
record DoelcriteriumJpaEmbeddable(String code, String omschrijving) {
}
