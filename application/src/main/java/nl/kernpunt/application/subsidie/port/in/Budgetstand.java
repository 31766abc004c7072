package nl.kernpunt.application.subsidie.port.in;

import java.util.Objects;
import java.util.Optional;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Budgetpot;

/** How much of a pot is granted, and what remains of its cap (none for a fixed contribution). */
public record Budgetstand(Budgetpot pot, Bedrag toegekend) {

    public Budgetstand {
        Objects.requireNonNull(pot, "pot");
        Objects.requireNonNull(toegekend, "toegekend");
    }

    public Optional<Bedrag> resterend() {
        return pot.getPlafond().map(plafond -> plafond.rest(toegekend));
    }
}
