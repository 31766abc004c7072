package nl.kernpunt.application.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.kernpunt.application.monitoring.port.in.VouwCijfersUseCase;
import nl.kernpunt.application.monitoring.port.out.Cijferboek;

/** One fold is one transaction: the deltas leave the ledger and enter the rollup together. */
@ApplicationScoped
public class VouwCijfersService implements VouwCijfersUseCase {

    private final Cijferboek cijferboek;

    public VouwCijfersService(Cijferboek cijferboek) {
        this.cijferboek = cijferboek;
    }

    @Override
    @Transactional
    public long vouw() {
        return cijferboek.vouw();
    }
}
