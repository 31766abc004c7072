package nl.kernpunt.application.bijeenkomst.port.in;

import java.util.List;
import nl.kernpunt.application.bijeenkomst.BijeenkomstFilter;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;

/** Meetings are staff work: only staff of the meeting's own gemeente read them (docs/adr/0010). */
public interface BijeenkomstQuery {

    GelezenBijeenkomst lees(BijeenkomstId id, Gebruiker lezer);

    /**
     * The reader's own gemeente's meetings; the filter's gemeente is set from the reader, and
     * {@code alleenVerlopen} narrows to meetings whose feedback is overdue today.
     */
    Pagina<GelezenBijeenkomst> zoek(BijeenkomstFilter filter, boolean alleenVerlopen, PaginaVerzoek verzoek, Gebruiker lezer);

    /** The meeting's audit trail, oldest first. */
    List<Auditregel> audit(BijeenkomstId id, Gebruiker lezer);
}
