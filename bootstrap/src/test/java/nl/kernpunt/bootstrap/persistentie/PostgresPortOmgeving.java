package nl.kernpunt.bootstrap.persistentie;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import nl.kernpunt.application.gedeeld.contract.PortOmgeving;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;

/**
 * The PostgreSQL runner of a feature's port suites: each unit of work in a transaction of its own,
 * every port the application's own bean. Each feature has its own runner; they share one application.
 */
abstract class PostgresPortOmgeving implements PortOmgeving {

    @Inject
    GemeenteRepository gemeenten;

    @Override
    public GemeenteRepository gemeenten() {
        return gemeenten;
    }

    @Override
    public <T> T poort(Class<T> soort) {
        return CDI.current().select(soort).get();
    }

    @Override
    public <T> T inTransactie(Supplier<T> werk) {
        return QuarkusTransaction.requiringNew().call(werk::get);
    }
}
