package nl.kernpunt.application.begroting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.kernpunt.application.begroting.port.in.BegrotingsrondeQuery;
import nl.kernpunt.application.begroting.port.in.GelezenRonde;
import nl.kernpunt.application.begroting.port.out.BegrotingsrondeRepository;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;

/** Reads rounds: anyone by id (all of a round is public), staff of its gemeente too. */
@ApplicationScoped
@Transactional
public class BegrotingsrondeQueryService implements BegrotingsrondeQuery {

    private final Rondes rondes;

    public BegrotingsrondeQueryService(BegrotingsrondeRepository rondes) {
        this.rondes = new Rondes(rondes);
    }

    @Override
    public GelezenRonde openbaar(BegrotingsrondeId ronde) {
        return rondes.gelezen(rondes.vind(ronde));
    }

    @Override
    public GelezenRonde lees(BegrotingsrondeId ronde, Gebruiker lezer) {
        return rondes.gelezen(rondes.vanGemeente(ronde, lezer, false));
    }
}
