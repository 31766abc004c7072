package nl.kernpunt.application.gedeeld.cijfers;

import java.util.Objects;
import java.util.Optional;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;

/**
 * What a monitoring figure counts over: one gemeente, optionally one of its kernen, and a period.
 * Every repository that contributes figures takes this, so all sections count the same rows.
 */
public record Monitoringbereik(Gemeentecode gemeente, Optional<KernId> kern, Periode periode) {

    public Monitoringbereik {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(kern, "kern");
        Objects.requireNonNull(periode, "periode");
    }
}
