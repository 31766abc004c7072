package nl.kernpunt.adapter.persistence.kern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import nl.kernpunt.domain.kern.ConvenantStatus;

/** A row of {@code kern_dorpsbelangenorganisatie}; its position is the collection's order column. */
@Embeddable
record DorpsbelangenorganisatieJpaEmbeddable(
        String naam,
        @Column(name = "convenant_datum") LocalDate convenantDatum,
        @Column(name = "convenant_status") @Enumerated(EnumType.STRING) ConvenantStatus convenantStatus) {
}
