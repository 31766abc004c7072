package nl.kernpunt.adapter.persistence.kern;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import nl.kernpunt.domain.kern.Functie;

/** A row of {@code kern_functievervulling}; its position is the collection's order column, oldest first. */
@Embeddable
record FunctievervullingJpaEmbeddable(
        @Enumerated(EnumType.STRING) Functie functie,
        @Embedded
        @AttributeOverride(name = "naam", column = @Column(name = "persoon_naam"))
        @AttributeOverride(name = "email", column = @Column(name = "persoon_email"))
        @AttributeOverride(name = "telefoon", column = @Column(name = "persoon_telefoon"))
        ContactpersoonJpaEmbeddable persoon,
        Instant van,
        Instant tot,
        @Column(name = "overgedragen_door") String overgedragenDoor,
        String notitie) {
}
