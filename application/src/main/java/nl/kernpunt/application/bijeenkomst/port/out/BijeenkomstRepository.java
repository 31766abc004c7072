package nl.kernpunt.application.bijeenkomst.port.out;

import java.time.LocalDate;
import java.util.Set;
import java.util.Optional;
import nl.kernpunt.application.bijeenkomst.BijeenkomstFilter;
import nl.kernpunt.application.bijeenkomst.Bijeenkomstcijfers;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;
import nl.kernpunt.domain.kern.KernId;

public interface BijeenkomstRepository {

    Optional<Bijeenkomst> vind(BijeenkomstId id);

    Bijeenkomst voegToe(Bijeenkomst bijeenkomst);

    /** Fails with {@code VersieVerouderd} when another transaction changed the meeting since it was loaded. */
    Bijeenkomst bewaar(Bijeenkomst bijeenkomst);

    /** Ordered by day, then id. */
    Pagina<Bijeenkomst> zoek(BijeenkomstFilter filter, PaginaVerzoek verzoek);

    /**
     * Counts over the meetings of the scope's gemeente (and kern, if any) whose day lies in the
     * period and not after {@code vandaag}: all of them, those with feedback on or before their due
     * date, and those without feedback whose due date lies before {@code vandaag}.
     */
    Bijeenkomstcijfers tel(Monitoringbereik bereik, LocalDate vandaag);

    /**
     * The gemeente's kernen where an overlegtafel met in the period, up to today: those a bijeenkomst
     * of soort overlegtafel names. The whole gemeente whatever kern the scope names, since an area's
     * table may meet in any of its kernen.
     */
    Set<KernId> kernenMetOverlegtafel(Monitoringbereik bereik, LocalDate vandaag);
}
