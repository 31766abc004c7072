package nl.kernpunt.application.gemeente.port.out;

import nl.kernpunt.application.gedeeld.contract.InMemoryPortOmgeving;
import org.junit.jupiter.api.Nested;

/** The in-memory fakes of this feature honour the same port contracts as the PostgreSQL adapter. */
class InMemoryGemeentePortenTest extends InMemoryPortOmgeving {

    @Nested
    class Gemeenten extends GemeenteRepositoryContract {
    }
}
