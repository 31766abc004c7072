package nl.kernpunt.application.gedeeld.contract;

import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;

/**
 * The in-memory runner of a feature's port suites: a unit of work just runs, and the gemeenten are
 * a fake of their own. Each feature has its own runner, so one feature's suites change alone.
 */
public abstract class InMemoryPortOmgeving implements PortOmgeving {

    private final GemeenteRepository gemeenten = new InMemoryGemeenteRepository();

    @Override
    public GemeenteRepository gemeenten() {
        return gemeenten;
    }
}
