package nl.kernpunt.application.gebeurtenis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.kernpunt.application.gebeurtenis.port.in.NummerGebeurtenissenUseCase;
import nl.kernpunt.application.gebeurtenis.port.out.Gebeurtenissen;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * The numbering step in a transaction of its own: its numbers must be committed before anyone reads or
 * delivers them, so a reader never sees a number that could still disappear.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class GebeurtenisnummerService implements NummerGebeurtenissenUseCase {

    private final Gebeurtenissen gebeurtenissen;

    public GebeurtenisnummerService(Gebeurtenissen gebeurtenissen) {
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The gemeente's waiting events; answers how many. */
    public int nummer(Gemeentecode gemeente) {
        return gebeurtenissen.nummer(gemeente);
    }

    @Override
    public int nummerAlle() {
        return gebeurtenissen.nummerAlle();
    }
}
