package nl.kernpunt.application.bijeenkomst.port.in;

import java.time.Clock;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;

/** A meeting as its own gemeente's staff see it, with whether its feedback is overdue on the gemeente's today. */
public record GelezenBijeenkomst(Bijeenkomst bijeenkomst, boolean terugkoppelingVerlopen) {

    public static GelezenBijeenkomst op(Bijeenkomst bijeenkomst, Clock klok) {
        return new GelezenBijeenkomst(bijeenkomst, bijeenkomst.isTerugkoppelingVerlopen(Bijeenkomst.vandaag(klok)));
    }
}
