package nl.kernpunt.application.gedeeld.contract;

import java.util.HashMap;
import java.util.Map;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;

/**
 * The in-memory runner of a feature's port suites: a unit of work just runs, and every port is a
 * fake the runner registers, fresh for each test. Each feature has its own runner, so one
 * feature's suites change alone.
 */
public abstract class InMemoryPortOmgeving implements PortOmgeving {

    private final GemeenteRepository gemeenten = new InMemoryGemeenteRepository();
    private final Map<Class<?>, Object> fakes = new HashMap<>();

    @Override
    public GemeenteRepository gemeenten() {
        return gemeenten;
    }

    /** Registers the fake a suite gets for {@code soort}; returns it so fakes can be wired together. */
    protected <T> T fake(Class<T> soort, T fake) {
        fakes.put(soort, fake);
        return fake;
    }

    @Override
    public <T> T poort(Class<T> soort) {
        Object fake = fakes.get(soort);
        if (fake == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " registers no fake for " + soort.getSimpleName());
        }
        return soort.cast(fake);
    }
}
