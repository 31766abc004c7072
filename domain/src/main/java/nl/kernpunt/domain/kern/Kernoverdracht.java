package nl.kernpunt.domain.kern;

import java.util.Objects;
import nl.kernpunt.domain.gedeeld.Contactpersoon;

/**
 * A kern's kernambtenaar handed over: the kern's open work goes with it, so nothing stays on the
 * predecessor's list (001). {@code voorganger} is absent when the function was vacant.
 */
public record Kernoverdracht(KernId kern, Contactpersoon voorganger, Contactpersoon opvolger) {

    public Kernoverdracht {
        Objects.requireNonNull(kern, "kern");
        Objects.requireNonNull(opvolger, "opvolger");
    }

    /** Whether {@code persoon} names the predecessor (by name, case-insensitive, as agreements record people). */
    public boolean isVoorganger(String persoon) {
        return voorganger != null && voorganger.naam().equalsIgnoreCase(persoon);
    }
}
