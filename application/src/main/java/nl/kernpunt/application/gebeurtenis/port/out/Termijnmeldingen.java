package nl.kernpunt.application.gebeurtenis.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/**
 * Claims, in the caller's transaction, items whose term ran out and that were never reported: each
 * claim marks its items as reported, so a second round or another instance finds them no more.
 */
public interface Termijnmeldingen {

    /** A claimed item: its gemeente, id, kern (questions only) and the term that ran out, as text. */
    record Verlopen(Gemeentecode gemeente, UUID id, UUID kern, String termijn) {
    }

    /** Questions (not spam) whose running deadline lies before {@code nu}; at most {@code maximum}. */
    List<Verlopen> claimVerlopenVragen(Instant nu, int maximum);

    /** Meetings without feedback whose feedback date lies before {@code vandaag}; at most {@code maximum}. */
    List<Verlopen> claimVerlopenTerugkoppelingen(LocalDate vandaag, int maximum);
}
