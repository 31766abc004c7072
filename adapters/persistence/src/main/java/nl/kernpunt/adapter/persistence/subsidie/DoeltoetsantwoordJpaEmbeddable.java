package nl.kernpunt.adapter.persistence.subsidie;

import jakarta.persistence.Embeddable;

/** A row of {@code subsidieaanvraag_doeltoets}. */
@Embeddable
record DoeltoetsantwoordJpaEmbeddable(String criterium, boolean voldoet, String toelichting) {
}
