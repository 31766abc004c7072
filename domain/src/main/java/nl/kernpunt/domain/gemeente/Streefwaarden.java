package nl.kernpunt.domain.gemeente;

import java.math.BigDecimal;
import nl.kernpunt.domain.gedeeld.Eendecimaal;

/**
 * The five targets West Betuwe sets itself (002), each optional: the share of the leefbaarheidsbudget
 * granted and of kernen with a kernagenda, the residents' mark for the room the gemeente gives
 * (at an evaluation), the Leefbaarometer mark every kern reaches, and the share of areas with an
 * overlegtafel. Percentages 0–100 and marks 1–10, each with at most one decimal like the figures
 * they stand next to (ADR 11).
 */
public record Streefwaarden(BigDecimal percentageBudgetToegekend, BigDecimal percentageKernenMetKernagenda,
                            BigDecimal minimaalRapportcijfer, BigDecimal minimaleLeefbaarometer,
                            BigDecimal percentageGebiedenMetOverlegtafel) {

    private static final BigDecimal HONDERD = new BigDecimal("100");

    /** West Betuwe's (002): 85 %, 50 %, at least a 7, a 7 in every kern, overlegtafels in all five areas. */
    public static final Streefwaarden WEST_BETUWE = new Streefwaarden(new BigDecimal("85.0"), new BigDecimal("50.0"),
            new BigDecimal("7.0"), new BigDecimal("7.0"), new BigDecimal("100.0"));

    public Streefwaarden {
        percentageBudgetToegekend = percentage("percentageBudgetToegekend", percentageBudgetToegekend);
        percentageKernenMetKernagenda = percentage("percentageKernenMetKernagenda", percentageKernenMetKernagenda);
        minimaalRapportcijfer = Eendecimaal.rapportcijfer("minimaalRapportcijfer", minimaalRapportcijfer);
        minimaleLeefbaarometer = Eendecimaal.rapportcijfer("minimaleLeefbaarometer", minimaleLeefbaarometer);
        percentageGebiedenMetOverlegtafel = percentage("percentageGebiedenMetOverlegtafel",
                percentageGebiedenMetOverlegtafel);
    }

    private static BigDecimal percentage(String veld, BigDecimal waarde) {
        return Eendecimaal.binnen(veld, waarde, BigDecimal.ZERO, HONDERD);
    }

    /** Whether a figure reaches its target: null (not known) without a target or without a figure. */
    public static Boolean gehaald(BigDecimal cijfer, BigDecimal doel) {
        return cijfer == null || doel == null ? null : cijfer.compareTo(doel) >= 0;
    }
}
