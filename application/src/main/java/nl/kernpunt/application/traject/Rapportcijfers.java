package nl.kernpunt.application.traject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The marks residents gave at the evaluations of participatietrajecten recorded in the period
 * (002: "tenminste een 7 als rapportcijfer"): how many, and their sum for the average.
 */
public record Rapportcijfers(long aantal, BigDecimal som) {

    public static final Rapportcijfers GEEN = new Rapportcijfers(0, BigDecimal.ZERO);

    public Rapportcijfers {
        Objects.requireNonNull(som, "som");
    }

    /** One decimal, half up, as the other figures; null without marks. */
    public BigDecimal gemiddelde() {
        return aantal == 0 ? null : som.divide(BigDecimal.valueOf(aantal), 1, RoundingMode.HALF_UP);
    }
}
