package nl.kernpunt.application.indicator.port.out;

import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.indicator.IndicatorFilter;
import nl.kernpunt.domain.indicator.Indicator;
import nl.kernpunt.domain.indicator.IndicatorId;

public interface IndicatorRepository {

    Optional<Indicator> vind(IndicatorId id);

    /** Fails with {@code RegelGeschonden} {@code indicator-bestaat-al} when the gemeente has one by that name. */
    Indicator voegToe(Indicator indicator);

    /** Fails with {@code VersieVerouderd} when another transaction changed the figure since it was loaded. */
    Indicator bewaar(Indicator indicator);

    /** Ordered by name, then id. */
    Pagina<Indicator> zoek(IndicatorFilter filter, PaginaVerzoek verzoek);

    /**
     * The figures a monitoring scope reports: the gemeente's own (without a kern) and, when the scope
     * names a kern, that kern's, by name. Their baseline, benchmark and target are not tied to the
     * period; the reader picks the measurements that fall in it.
     */
    List<Indicator> inBereik(Monitoringbereik bereik);

    /** The Leefbaarometer figures of the scope's kernen: those whose source names it ({@code Leefbaarometerstand#BRON}). */
    List<Indicator> leefbaarometers(Monitoringbereik bereik);
}
