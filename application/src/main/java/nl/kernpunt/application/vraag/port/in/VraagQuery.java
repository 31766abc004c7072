package nl.kernpunt.application.vraag.port.in;

import java.time.Instant;
import java.util.List;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.vraag.VraagId;
import nl.kernpunt.domain.vraag.VraagStatus;

/** Questions are staff-only (the asker is personal data): a reader of another gemeente gets NietGevonden. */
public interface VraagQuery {

    GelezenVraag lees(VraagId id, Gebruiker lezer);

    /** The reader's own gemeente's questions; every filter may be null. */
    Pagina<GelezenVraag> zoek(Zoekvraag vraag, PaginaVerzoek verzoek, Gebruiker lezer);

    /** Anyone's: the question behind a resident's reference, without any person; unknown is NietGevonden. */
    OpenbareVraagstatus openbaar(PubliekeReferentie referentie);

    /** Oldest first. */
    List<Auditregel> audit(VraagId id, Gebruiker lezer);

    /**
     * {@code binnenDagen}: the running deadline falls within that many days from now;
     * {@code gewijzigdSinds}: delta sync, changed at or after that moment; {@code spam}: only questions marked as spam
     * (true), otherwise only the others.
     */
    record Zoekvraag(KernId kern, String persoon, VraagStatus status, Boolean verlopen, Integer binnenDagen,
                     Instant gewijzigdSinds, boolean spam) {
    }
}
