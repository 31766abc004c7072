package nl.kernpunt.application.kernagenda.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryKernagendaPortenTest extends InMemoryPortOmgeving {

    @Nested
    class Kernagendas extends KernagendaRepositoryContract {
        private final KernRepository kernen = new InMemoryKernRepository();
        private final KernagendaRepository agendas = new InMemoryKernagendaRepository(kernen);

        @Override
        protected KernRepository kernen() {
            return kernen;
        }

        @Override
        protected KernagendaRepository agendas() {
            return agendas;
        }
    }
}
