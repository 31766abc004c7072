package nl.kernpunt.adapter.persistence.kern;

import jakarta.persistence.Embeddable;

/** The person of a {@link FunctievervullingJpaEmbeddable}, in its {@code persoon_*} columns. */
@Embeddable
record ContactpersoonJpaEmbeddable(String naam, String email, String telefoon) {
}
