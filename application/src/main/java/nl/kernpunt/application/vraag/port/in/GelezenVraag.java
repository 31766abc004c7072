package nl.kernpunt.application.vraag.port.in;

import java.time.Instant;
import nl.kernpunt.domain.vraag.Termijnstand;
import nl.kernpunt.domain.vraag.Vraag;

/** A question as its own gemeente's staff see it, with its term as it stands at reading. */
public record GelezenVraag(Vraag vraag, Termijnstand termijnstand) {

    public static GelezenVraag op(Vraag vraag, Instant nu) {
        return new GelezenVraag(vraag, vraag.termijnstand(nu));
    }
}
