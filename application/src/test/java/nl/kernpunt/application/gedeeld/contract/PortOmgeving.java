package nl.kernpunt.application.gedeeld.contract;

import java.util.function.Supplier;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What all nested suites of one runner share: the gemeenten and how a unit of work runs. The
 * runner (InMemoryPortenTest, PostgresPortenTest) implements it and {@link PortContract} finds it
 * as the enclosing test instance, so a nested suite names no ports at all: it asks for them by type.
 */
public interface PortOmgeving {

    GemeenteRepository gemeenten();

    /** The runner's implementation of a port: a fake in memory, the CDI bean against PostgreSQL. */
    <T> T poort(Class<T> soort);

    /** In memory a unit of work just runs; the database runner wraps it in its own transaction. */
    default <T> T inTransactie(Supplier<T> werk) {
        return werk.get();
    }

    /** Hands a nested suite its runner before each of its tests. */
    final class Koppeling implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            var instanties = context.getRequiredTestInstances();
            instanties.findInstance(PortOmgeving.class).ifPresent(omgeving ->
                    instanties.findInstance(PortContract.class).ifPresent(suite -> suite.gebruik(omgeving)));
        }
    }
}
