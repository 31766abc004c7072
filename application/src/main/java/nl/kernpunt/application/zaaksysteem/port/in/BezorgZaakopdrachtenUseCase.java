package nl.kernpunt.application.zaaksysteem.port.in;

/** Delivers the outbox's due opdrachten to the case system; driven by a schedule, not by a user. */
public interface BezorgZaakopdrachtenUseCase {

    /** One round: claims a batch of due rows and delivers them. */
    Ronde verwerk();

    /** Rounds until nothing is due any more (rows waiting for their backoff are not due). */
    Ronde verwerkAlles();

    /** How many rows were claimed, and how many of those the case system took. */
    record Ronde(int geclaimd, int gelukt) {
    }
}
