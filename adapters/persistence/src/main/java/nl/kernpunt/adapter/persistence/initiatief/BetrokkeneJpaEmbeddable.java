package nl.kernpunt.adapter.persistence.initiatief;

import jakarta.persistence.Embeddable;

/** A row of {@code initiatief_betrokkene}: personal data of an initiator. */
@Embeddable
record BetrokkeneJpaEmbeddable(String naam, String email, String telefoon) {
}
