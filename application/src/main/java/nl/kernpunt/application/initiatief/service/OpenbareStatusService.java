package nl.kernpunt.application.initiatief.service;

import jakarta.enterprise.context.ApplicationScoped;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.initiatief.OpenbareWeergave;
import nl.kernpunt.application.initiatief.port.in.OpenbareStatus;
import nl.kernpunt.application.initiatief.port.in.OpenbareStatusQuery;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;

/**
 * The public status apart from the staff reads: it is anonymous, so the processing log has nothing
 * to write, and it is one statement, so it needs no transaction (docs/adr/0031). Without either
 * binding no interceptor runs for the most frequent request of all.
 */
@ApplicationScoped
public class OpenbareStatusService implements OpenbareStatusQuery {

    private final InitiatiefRepository initiatieven;

    public OpenbareStatusService(InitiatiefRepository initiatieven) {
        this.initiatieven = initiatieven;
    }

    @Override
    public OpenbareStatus openbaar(PubliekeReferentie referentie) {
        OpenbareWeergave weergave = initiatieven.openbaar(referentie)
                .orElseThrow(() -> new NietGevonden("initiatief", referentie));
        return new OpenbareStatus(weergave.initiatief(), weergave.kernnaam(), weergave.versie());
    }
}
