package nl.kernpunt.application.kern;

import java.util.Optional;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;

/**
 * What an initiative derives from its kern when it is read: the current kernambtenaar and the kern's
 * own silence threshold (null: the gemeente's applies). A page reads these for all its kernen in one
 * statement instead of each kern with its three lists (docs/adr/0031).
 */
public record Kernkenmerken(KernId id, Optional<Contactpersoon> kernambtenaar, Integer eigenStilteDrempelDagen) {

    /** The facts as the aggregate gives them; the port contract holds every adapter to this. */
    public static Kernkenmerken van(Kern kern) {
        return new Kernkenmerken(kern.getId(), kern.getKernambtenaar(), kern.getMaatwerk().stilteDrempelDagen());
    }
}
