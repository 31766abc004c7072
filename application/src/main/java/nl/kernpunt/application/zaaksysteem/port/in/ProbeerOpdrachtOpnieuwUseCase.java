package nl.kernpunt.application.zaaksysteem.port.in;

import java.util.UUID;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;

public interface ProbeerOpdrachtOpnieuwUseCase {

    /** A parked outbox row of the own gemeente becomes due again with a fresh count of attempts. */
    void probeerOpnieuw(Command command);

    record Command(Gebruiker gebruiker, UUID opdracht) {
    }
}
