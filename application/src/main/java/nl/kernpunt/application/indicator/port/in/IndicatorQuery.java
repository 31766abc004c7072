package nl.kernpunt.application.indicator.port.in;

import java.util.List;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.indicator.IndicatorFilter;
import nl.kernpunt.domain.indicator.IndicatorId;

/** Monitored figures, for staff of their own gemeente (docs/adr/0010). */
public interface IndicatorQuery {

    GelezenIndicator lees(IndicatorId id, Gebruiker lezer);

    /** The reader's own gemeente's figures; the filter's gemeente is set from the reader. */
    Pagina<GelezenIndicator> zoek(IndicatorFilter filter, PaginaVerzoek verzoek, Gebruiker lezer);

    List<Auditregel> audit(IndicatorId id, Gebruiker lezer);
}
