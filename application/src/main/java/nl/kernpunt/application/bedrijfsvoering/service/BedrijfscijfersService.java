package nl.kernpunt.application.bedrijfsvoering.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import nl.kernpunt.application.bedrijfsvoering.Bedrijfscijfers;
import nl.kernpunt.application.bedrijfsvoering.port.in.BedrijfscijfersQuery;
import nl.kernpunt.application.bedrijfsvoering.port.out.BedrijfscijfersBron;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** Reads the figures in one read-only transaction; the caller decides how often (they are cached there). */
@ApplicationScoped
public class BedrijfscijfersService implements BedrijfscijfersQuery {

    private final BedrijfscijfersBron bron;
    private final Clock klok;

    public BedrijfscijfersService(BedrijfscijfersBron bron, Clock klok) {
        this.bron = bron;
        this.klok = klok;
    }

    @Override
    @Transactional
    public Map<Gemeentecode, Bedrijfscijfers> perGemeente() {
        return bron.tel(klok.instant(), Periode.vandaag(klok));
    }
}
