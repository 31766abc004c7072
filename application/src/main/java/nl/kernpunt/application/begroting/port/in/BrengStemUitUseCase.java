package nl.kernpunt.application.begroting.port.in;

import java.util.List;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;
import nl.kernpunt.domain.begroting.IdeeId;
import nl.kernpunt.domain.subsidie.Bedrag;

public interface BrengStemUitUseCase {

    /** Casts or replaces the one ballot of a voting code, anonymously. */
    Stem brengUit(Command command);

    record Command(BegrotingsrondeId ronde, String stemcode, List<IdeeId> ideeen) {
    }

    /** The ballot as it now stands, with what its ideas cost together. */
    record Stem(List<IdeeId> ideeen, Bedrag kosten) {
    }
}
