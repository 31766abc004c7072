package nl.kernpunt.application.bijeenkomst.port.in;

import java.time.LocalDate;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;

public interface LegTerugkoppelingVastUseCase {

    /** Records the feedback to the meeting's participants, which settles its term. */
    GelezenBijeenkomst legTerugkoppelingVast(Command command);

    record Command(Gebruiker gebruiker, BijeenkomstId bijeenkomst, long verwachteVersie, LocalDate datum, String wijze,
                   String samenvatting) {
    }
}
