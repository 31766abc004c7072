package nl.kernpunt.application.traject;

import java.util.Map;
import nl.kernpunt.application.gedeeld.cijfers.Aantallen;
import nl.kernpunt.domain.traject.Participatieniveau;

/**
 * The monitoring section on participatietrajecten that ran in the period: by current level
 * ({@code zonderNiveau}: not chosen yet), and how many gave feedback to participants and evaluated
 * the process (step 6). Every level is present.
 */
public record Trajectcijfers(long totaal, Map<Participatieniveau, Long> perNiveau, long zonderNiveau,
                             long metTerugkoppeling, long geevalueerd) {

    public Trajectcijfers {
        perNiveau = Aantallen.perWaarde(Participatieniveau.class, perNiveau);
    }
}
