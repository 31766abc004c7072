package nl.kernpunt.application.kernagenda.port.in;

import java.util.List;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.kern.KernId;

/** A kern's agenda and canvas, for staff of the kern's own gemeente (docs/adr/0010). */
public interface KernagendaQuery {

    /** The kern's agenda and canvas; empty (version 0) while nothing was recorded. */
    GelezenKernagenda lees(KernId kern, Gebruiker lezer);

    /** The agenda's audit trail, oldest first. */
    List<Auditregel> audit(KernId kern, Gebruiker lezer);
}
