package nl.kernpunt.application.vraag.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.kern.Kern;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryVraagPortenTest extends InMemoryPortOmgeving {

    @Nested
    class Vragen extends VraagRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final VraagRepository vragen = new InMemoryVraagRepository();

        @Override
        protected VraagRepository vragen() {
            return vragen;
        }

        @Override
        protected Kern bewaarKern(Kern kern) {
            return kernen.voegToe(kern);
        }
    }
}
