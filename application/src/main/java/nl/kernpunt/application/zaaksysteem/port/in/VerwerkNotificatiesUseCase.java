package nl.kernpunt.application.zaaksysteem.port.in;

/** Applies the notifications received from the case system; driven by a schedule, after the webhook answered. */
public interface VerwerkNotificatiesUseCase {

    /** Returns how many notifications were processed. */
    int verwerk();
}
