package nl.kernpunt.application.initiatief.port.in;

import java.time.Instant;
import java.util.List;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.initiatief.VerlopenAfspraak;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Rol;
import nl.kernpunt.domain.kern.KernId;

/**
 * Initiatives are staff-only (personal data): a reader of another gemeente gets NietGevonden, as
 * for a missing one. Only the public status by reference is for anyone ({@link OpenbareStatusQuery}).
 */
public interface InitiatiefQuery {

    GelezenInitiatief lees(InitiatiefId id, Gebruiker lezer);

    /** The reader's own gemeente's initiatives; every filter may be null. */
    Pagina<GelezenInitiatief> zoek(Zoekvraag vraag, PaginaVerzoek verzoek, Gebruiker lezer);

    /** Step 1, ken de geschiedenis: earlier initiatives in the same kern that resemble this one. */
    List<GelezenInitiatief> vergelijkbare(InitiatiefId id, Gebruiker lezer);

    /** Overdue open agreements of the reader's gemeente, per kern and/or person; earliest due first. */
    List<VerlopenAfspraak> verlopenAfspraken(KernId kern, String verantwoordelijke, Gebruiker lezer);

    /** Oldest first. */
    List<Auditregel> audit(InitiatiefId id, Gebruiker lezer);

    /** {@code spam}: only initiatives marked as spam (true), otherwise only the others. */
    record Zoekvraag(KernId kern, InitiatiefStatus status, Rol rol, Boolean stil, Instant gewijzigdSinds, boolean spam) {
    }
}
