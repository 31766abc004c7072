package nl.kernpunt.application.subsidie.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import nl.kernpunt.application.initiatief.port.out.InMemoryInitiatiefRepository;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemorySubsidiePortenTest extends InMemoryPortOmgeving {

    InMemorySubsidiePortenTest() {
        KernRepository kernen = fake(KernRepository.class, new InMemoryKernRepository());
        fake(InitiatiefRepository.class, new InMemoryInitiatiefRepository());
        InMemorySubsidieregelingRepository regelingen = new InMemorySubsidieregelingRepository();
        fake(SubsidieregelingRepository.class, regelingen);
        fake(SubsidieRepository.class, new InMemorySubsidieRepository(regelingen, kernen));
    }

    @Nested
    class Subsidies extends SubsidieRepositoryContract {
    }
}
