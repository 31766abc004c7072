package nl.kernpunt.application.zaaksysteem.port.in;

import nl.kernpunt.application.gedeeld.werkrij.Rondes;

/** Delivers the outbox's due opdrachten to the case system; driven by a schedule, not by a user. */
public interface BezorgZaakopdrachtenUseCase extends Rondes {
}
