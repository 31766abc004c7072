package nl.kernpunt.application.gemeente.port.in;

import java.util.Optional;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.OpenbareGemeente;

/**
 * A gemeente as its reader may see it (docs/adr/0003, 0013): the public facts for anyone, its settings
 * only for its own staff. {@code versie} is the gemeente's version, so every reader gets an ETag.
 */
public record GelezenGemeente(OpenbareGemeente openbaar, Optional<Gemeente> volledig, long versie) {

    /** What {@code lezer} (absent: an anonymous reader) may see of {@code gemeente}. */
    public static GelezenGemeente voor(Gemeente gemeente, Optional<Gebruiker> lezer) {
        return lezer.filter(gebruiker -> gebruiker.hoortBij(gemeente.getCode())).isPresent()
                ? volledig(gemeente)
                : openbaar(gemeente);
    }

    /** The whole gemeente: for a writer, who has been checked to be its beheerder. */
    public static GelezenGemeente volledig(Gemeente gemeente) {
        return new GelezenGemeente(gemeente.openbaar(), Optional.of(gemeente), gemeente.getVersie());
    }

    /** Only its public facts, as the list shows every gemeente. */
    public static GelezenGemeente openbaar(Gemeente gemeente) {
        return new GelezenGemeente(gemeente.openbaar(), Optional.empty(), gemeente.getVersie());
    }
}
