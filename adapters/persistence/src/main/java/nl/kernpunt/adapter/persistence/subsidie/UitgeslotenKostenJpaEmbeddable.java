package nl.kernpunt.adapter.persistence.subsidie;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import nl.kernpunt.domain.subsidie.Kostensoort;

/** A row of {@code subsidieregeling_uitgesloten_kosten}, in the order given. */
@Embeddable
record UitgeslotenKostenJpaEmbeddable(@Enumerated(EnumType.STRING) Kostensoort kostensoort, String omschrijving) {
}
