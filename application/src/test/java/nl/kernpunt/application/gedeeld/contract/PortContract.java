package nl.kernpunt.application.gedeeld.contract;

import java.util.Random;
import java.util.function.Supplier;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shared plumbing of the port contract suites, which run against the in-memory fakes and against
 * PostgreSQL so the fakes the service tests rely on cannot drift from the real adapter. The
 * gemeenten and the transactions come from the runner ({@link PortOmgeving}); a suite may still
 * name its own.
 */
@ExtendWith(PortOmgeving.Koppeling.class)
public abstract class PortContract {

    private static final Random WILLEKEURIG = new Random();

    protected final VasteKlok klok = VasteKlok.op("2026-04-01T08:00:00Z");

    private PortOmgeving omgeving;

    protected GemeenteRepository gemeenten() {
        if (omgeving == null) {
            throw new IllegalStateException(getClass().getName() + " runs outside a PortOmgeving and names no gemeenten()");
        }
        return omgeving.gemeenten();
    }

    /** The implementation of a port this suite checks, from the runner. */
    protected <T> T poort(Class<T> soort) {
        if (omgeving == null) {
            throw new IllegalStateException(getClass().getName() + " runs outside a PortOmgeving");
        }
        return omgeving.poort(soort);
    }

    /** Runs one unit of work; the database implementation wraps it in its own transaction. */
    protected <T> T inTransactie(Supplier<T> werk) {
        return omgeving == null ? werk.get() : omgeving.inTransactie(werk);
    }

    void gebruik(PortOmgeving omgeving) {
        this.omgeving = omgeving;
    }

    /** A gemeente no other test uses, so suites can share one database. */
    protected Gemeentecode nieuweGemeente() {
        return inTransactie(() -> {
            Gemeentecode code;
            do {
                code = new Gemeentecode(String.format("%04d", 1000 + WILLEKEURIG.nextInt(9000)));
            } while (gemeenten().bestaat(code));
            gemeenten().voegToe(Gemeente.registreer(code, "Testgemeente " + code, new Rsin("001000007"), null, klok));
            return code;
        });
    }
}
