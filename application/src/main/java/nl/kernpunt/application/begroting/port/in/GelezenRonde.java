package nl.kernpunt.application.begroting.port.in;

import java.util.List;
import java.util.Optional;
import nl.kernpunt.domain.begroting.Begrotingsidee;
import nl.kernpunt.domain.begroting.Begrotingsronde;
import nl.kernpunt.domain.begroting.Toewijzing;

/**
 * A round as residents and staff read it: its ideas with the judgements, the turnout, and once
 * closed the result (recomputed from the ballots, which no longer change, by the same rule).
 */
public record GelezenRonde(Begrotingsronde ronde, List<Begrotingsidee> ideeen, Stemcijfers stemcijfers,
                           Toewijzing uitslag) {

    public Optional<Toewijzing> getUitslag() {
        return Optional.ofNullable(uitslag);
    }
}
