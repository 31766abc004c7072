package nl.kernpunt.application.zaaksysteem;

import java.time.Instant;

/**
 * How a gemeente's case system has been reached lately, shared by every instance through the
 * database.
 *
 * @param fouten            consecutive failures to reach it, over all instances
 * @param eersteFoutOp      when the first of those failed; null when none
 * @param onbereikbaarSinds set when {@code fouten} reached the threshold: since when it counts as down
 * @param mislukteProeven   probes that failed since then
 */
public record Verbindingsstand(int fouten, Instant eersteFoutOp, Instant onbereikbaarSinds, int mislukteProeven) {

    public boolean onbereikbaar() {
        return onbereikbaarSinds != null;
    }
}
