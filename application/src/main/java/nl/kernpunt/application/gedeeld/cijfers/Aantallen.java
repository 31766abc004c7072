package nl.kernpunt.application.gedeeld.cijfers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Helpers the monitoring figures share: counts per enum value, and percentages. */
public final class Aantallen {

    private Aantallen() {
    }

    /** Every value of the enum in declaration order, 0 where the count has none (SQL groups only what exists). */
    public static <E extends Enum<E>> Map<E, Long> perWaarde(Class<E> soort, Map<E, Long> geteld) {
        EnumMap<E, Long> volledig = new EnumMap<>(soort);
        for (E waarde : soort.getEnumConstants()) {
            volledig.put(waarde, geteld.getOrDefault(waarde, 0L));
        }
        return Collections.unmodifiableMap(volledig);
    }

    /** {@code deel} of {@code geheel} in percent, one decimal, half up; null when there is nothing to divide. */
    public static BigDecimal percentage(long deel, long geheel) {
        if (geheel == 0) {
            return null;
        }
        return BigDecimal.valueOf(deel * 100).divide(BigDecimal.valueOf(geheel), 1, RoundingMode.HALF_UP);
    }
}
