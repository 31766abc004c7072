package nl.kernpunt.application.initiatief.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.kern.Kern;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryInitiatiefPortenTest extends InMemoryPortOmgeving {

    @Nested
    class Initiatieven extends InitiatiefRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final InitiatiefRepository initiatieven = new InMemoryInitiatiefRepository();

        @Override
        protected InitiatiefRepository initiatieven() {
            return initiatieven;
        }

        @Override
        protected Kern bewaarKern(Kern kern) {
            return kernen.voegToe(kern);
        }
    }
}
