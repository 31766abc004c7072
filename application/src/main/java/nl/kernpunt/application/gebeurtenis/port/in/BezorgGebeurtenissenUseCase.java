package nl.kernpunt.application.gebeurtenis.port.in;

import nl.kernpunt.application.gedeeld.werkrij.Rondes;

/** Posts due webhook deliveries to the subscribers; driven by a schedule, not by a user. */
public interface BezorgGebeurtenissenUseCase extends Rondes {
}
