package nl.kernpunt.application.gedeeld.werkrij;

/**
 * A dispatcher of a work queue (the Join outbox, the webhook deliveries): driven by a schedule, not
 * by a user, one round at a time.
 */
public interface Rondes {

    /** One round: claims a batch of due rows and delivers them. */
    Ronde verwerk();

    /** Rounds until nothing is due any more (rows waiting for their backoff are not due). */
    default Ronde verwerkAlles() {
        int geclaimd = 0;
        int gelukt = 0;
        Ronde ronde;
        do {
            ronde = verwerk();
            geclaimd += ronde.geclaimd();
            gelukt += ronde.gelukt();
        } while (ronde.geclaimd() > 0);
        return new Ronde(geclaimd, gelukt);
    }

    /** How many rows were claimed, and how many of those the receiver took. */
    record Ronde(int geclaimd, int gelukt) {
    }
}
