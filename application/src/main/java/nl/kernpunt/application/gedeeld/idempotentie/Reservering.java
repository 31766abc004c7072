package nl.kernpunt.application.gedeeld.idempotentie;

/** The outcome of claiming an Idempotency-Key: go ahead, or replay what was answered before. */
public sealed interface Reservering {

    record Nieuw() implements Reservering {
    }

    record Herhaling(OpgeslagenAntwoord antwoord) implements Reservering {
    }
}
