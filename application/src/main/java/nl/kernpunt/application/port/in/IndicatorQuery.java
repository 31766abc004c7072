package nl.kernpunt.application.port.in;

import java.util.List;
import nl.kernpunt.application.audit.Auditregel;
import nl.kernpunt.application.port.out.IndicatorFilter;
import nl.kernpunt.application.port.out.Pagina;
import nl.kernpunt.application.port.out.PaginaVerzoek;
import nl.kernpunt.application.toegang.Gebruiker;
import nl.kernpunt.domain.indicator.Indicator;
import nl.kernpunt.domain.indicator.IndicatorId;

/** Monitored figures, for staff of their own gemeente (docs/adr/0010). */
public interface IndicatorQuery {

    Indicator lees(IndicatorId id, Gebruiker lezer);

    /** The reader's own gemeente's figures; the filter's gemeente is set from the reader. */
    Pagina<Indicator> zoek(IndicatorFilter filter, PaginaVerzoek verzoek, Gebruiker lezer);

    List<Auditregel> audit(IndicatorId id, Gebruiker lezer);
}
