package nl.kernpunt.application.gebeurtenis.port.in;

/** One round of webhook deliveries: claims due deliveries and posts them. */
public interface BezorgGebeurtenissenUseCase {

    record Ronde(int geclaimd, int gelukt) {
    }

    Ronde verwerk();

    /** Rounds until nothing due is left. */
    Ronde verwerkAlles();
}
