package nl.kernpunt.domain.subsidie;

import java.util.Objects;
import java.util.Optional;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;

/**
 * The money one grant draws on: a scheme of a gemeente in a calendar year, for the per-kern scheme
 * also the kern. {@code plafond} is the cap the pot's grants together may never exceed; a
 * fixed-contribution scheme has none (its pot only counts).
 */
public record Budgetpot(Gemeentecode gemeente, Regelingsoort regeling, KernId kern, int jaar, Bedrag plafond) {

    public Budgetpot {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(regeling, "regeling");
        if ((kern != null) != (regeling.budgetsoort() == Budgetsoort.PER_KERN_PER_JAAR)) {
            throw new IllegalArgumentException("Alleen een pot per kern heeft een kern: " + regeling);
        }
        if ((plafond == null) != (regeling.budgetsoort() == Budgetsoort.VAST_BEDRAG)) {
            throw new IllegalArgumentException("Alleen een vaste bijdrage heeft geen plafond: " + regeling);
        }
    }

    /** The same pot with a cap of its own: a kern's own leefbaarheidsbudget (maatwerk, 000). */
    public Budgetpot metPlafond(Bedrag eigenPlafond) {
        return new Budgetpot(gemeente, regeling, kern, jaar, Objects.requireNonNull(eigenPlafond, "eigenPlafond"));
    }

    public Optional<KernId> getKern() {
        return Optional.ofNullable(kern);
    }

    public Optional<Bedrag> getPlafond() {
        return Optional.ofNullable(plafond);
    }
}
