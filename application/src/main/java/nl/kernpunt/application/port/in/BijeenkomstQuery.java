package nl.kernpunt.application.port.in;

import java.util.List;
import nl.kernpunt.application.audit.Auditregel;
import nl.kernpunt.application.port.out.BijeenkomstFilter;
import nl.kernpunt.application.port.out.Pagina;
import nl.kernpunt.application.port.out.PaginaVerzoek;
import nl.kernpunt.application.toegang.Gebruiker;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;

/** Meetings are staff work: only staff of the meeting's own gemeente read them (docs/adr/0010). */
public interface BijeenkomstQuery {

    Bijeenkomst lees(BijeenkomstId id, Gebruiker lezer);

    /**
     * The reader's own gemeente's meetings; the filter's gemeente is set from the reader, and
     * {@code alleenVerlopen} narrows to meetings whose feedback is overdue today.
     */
    Pagina<Bijeenkomst> zoek(BijeenkomstFilter filter, boolean alleenVerlopen, PaginaVerzoek verzoek, Gebruiker lezer);

    /** The meeting's audit trail, oldest first. */
    List<Auditregel> audit(BijeenkomstId id, Gebruiker lezer);
}
