package nl.kernpunt.domain.subsidie;

import java.util.Objects;
import java.util.Optional;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;

/**
 * The money one grant draws on: a scheme of a gemeente in a calendar year and, where the scheme's
 * money is per kern or per recipient of a kern, the kern, and where each of the kern's organisations
 * has its own allowance, the organisation's name as the kern's register writes it ({@code ontvanger}). {@code plafond} is the cap the pot's grants
 * together may never exceed; a fixed-contribution scheme has none (its pot only counts). Only
 * {@link Subsidieregeling#pot} makes one, so the key follows the scheme's {@link Budgetsoort}.
 */
public record Budgetpot(Gemeentecode gemeente, Regelingcode regeling, KernId kern, String ontvanger, int jaar,
                        Bedrag plafond) {

    public Budgetpot {
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(regeling, "regeling");
    }

    /** The same pot with a cap of its own: a kern's own leefbaarheidsbudget (maatwerk, 000). */
    public Budgetpot metPlafond(Bedrag eigenPlafond) {
        return new Budgetpot(gemeente, regeling, kern, ontvanger, jaar, Objects.requireNonNull(eigenPlafond, "eigenPlafond"));
    }

    public Optional<KernId> getKern() {
        return Optional.ofNullable(kern);
    }

    public Optional<String> getOntvanger() {
        return Optional.ofNullable(ontvanger);
    }

    public Optional<Bedrag> getPlafond() {
        return Optional.ofNullable(plafond);
    }
}
