package nl.kernpunt.domain.vraag;

import java.time.Instant;

/**
 * How a question stands against its answer term at a moment: its deadline, and whether the term
 * was met ({@code null} while no reaction was given and the deadline has not passed yet).
 */
public record Termijnstand(Instant deadline, Boolean gehaald) {

    public boolean isVerlopen() {
        return Boolean.FALSE.equals(gehaald);
    }
}
