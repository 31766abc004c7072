package nl.kernpunt.application.indicator;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.kernpunt.application.kern.Kernligging;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.indicator.Indicator;
import nl.kernpunt.domain.indicator.Meting;
import nl.kernpunt.domain.kern.KernId;

/**
 * Every kern in scope with its Leefbaarometer mark (002: "De leefbaarheidssituatie scoort in de
 * Leefbaarometer in alle kernen tenminste een rapportcijfer 7"): the latest value of the kern's
 * indicator whose {@code bron} names the Leefbaarometer, as of the end of the period (the baseline
 * when nothing was measured yet); none when the kern has no such indicator.
 */
public record Leefbaarometerstand(List<Kernscore> perKern) {

    /** What an indicator's source contains, case-insensitively, to count as the Leefbaarometer. */
    public static final String BRON = "leefbaarometer";

    public record Kernscore(KernId kern, String naam, BigDecimal score) {
    }

    public Leefbaarometerstand {
        perKern = List.copyOf(perKern);
    }

    public static Leefbaarometerstand van(List<Kernligging> kernen, List<Indicator> indicatoren, Periode periode) {
        return new Leefbaarometerstand(kernen.stream()
                .sorted(Comparator.comparing(Kernligging::naam))
                .map(kern -> new Kernscore(kern.id(), kern.naam(), score(kern.id(), indicatoren, periode).orElse(null)))
                .toList());
    }

    private static Optional<BigDecimal> score(KernId kern, List<Indicator> indicatoren, Periode periode) {
        List<Indicator> vanKern = indicatoren.stream()
                .filter(i -> kern.equals(i.getGegevens().kern()) && isLeefbaarometer(i)).toList();
        Optional<BigDecimal> gemeten = vanKern.stream().flatMap(i -> i.getMetingen().stream())
                .filter(m -> m.peildatum().isBefore(periode.tot()))
                .max(Comparator.comparing(Meting::peildatum)).map(Meting::waarde);
        if (gemeten.isPresent()) {
            return gemeten;
        }
        int laatsteJaar = periode.tot().minusDays(1).getYear();
        return vanKern.stream().map(i -> i.getGegevens().nulmeting()).filter(n -> n.jaar() <= laatsteJaar)
                .max(Comparator.comparingInt(n -> n.jaar())).map(n -> n.waarde());
    }

    public static boolean isLeefbaarometer(Indicator indicator) {
        String bron = indicator.getGegevens().bron();
        return bron != null && bron.toLowerCase(Locale.ROOT).contains(BRON);
    }

    public long kernenMetScore() {
        return perKern.stream().filter(k -> k.score() != null).count();
    }

    /** The lowest mark of the kernen that have one; null when none has. */
    public BigDecimal laagsteScore() {
        return perKern.stream().map(Kernscore::score).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    /** A kern misses the target below it, and without a mark, as nothing shows it reached it. */
    public static boolean onderDoel(Kernscore kern, BigDecimal doel) {
        return doel != null && (kern.score() == null || kern.score().compareTo(doel) < 0);
    }

    /** Met when every kern reaches the target; null without a target or without kernen. */
    public Boolean gehaald(BigDecimal doel) {
        if (doel == null || perKern.isEmpty()) {
            return null;
        }
        return perKern.stream().noneMatch(k -> onderDoel(k, doel));
    }
}
