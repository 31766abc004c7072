package nl.kernpunt.adapter.persistence.subsidie;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.kernpunt.domain.subsidie.Kostensoort;

/** A row of {@code subsidieaanvraag_begrotingsregel}, in the order given. */
@Embeddable
record BegrotingsregelJpaEmbeddable(
        String omschrijving,
        @Enumerated(EnumType.STRING) Kostensoort categorie,
        @Column(name = "bedrag_centen") long bedrag) {
}
