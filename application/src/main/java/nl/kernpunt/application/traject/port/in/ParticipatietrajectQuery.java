package nl.kernpunt.application.traject.port.in;

import java.util.List;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.traject.TrajectFilter;
import nl.kernpunt.domain.traject.TrajectId;

/** Trajecten are staff work: only staff of the traject's own gemeente read them (docs/adr/0006). */
public interface ParticipatietrajectQuery {

    GelezenTraject lees(TrajectId id, Gebruiker lezer);

    /** The reader's own gemeente's trajecten; the filter's gemeente is set from the reader. */
    Pagina<GelezenTraject> zoek(TrajectFilter filter, PaginaVerzoek verzoek, Gebruiker lezer);

    /** The traject's audit trail, oldest first. */
    List<Auditregel> audit(TrajectId id, Gebruiker lezer);
}
