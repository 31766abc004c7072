package nl.kernpunt.application.bijeenkomst;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.kernpunt.application.gedeeld.cijfers.Aantallen;
import nl.kernpunt.application.kern.Kernligging;
import nl.kernpunt.domain.kern.KernId;

/**
 * 002: "We organiseren overlegtafels in elk van de vijf gebieden." The areas (gebieden) of the kernen
 * in scope, and those where an overlegtafel met in the period: a bijeenkomst of soort overlegtafel in
 * one of the area's kernen. With a kern in scope, its own area.
 */
public record Overlegtafelcijfers(SortedSet<String> gebieden, SortedSet<String> metOverlegtafel) {

    public Overlegtafelcijfers {
        gebieden = new TreeSet<>(gebieden);
        metOverlegtafel = new TreeSet<>(metOverlegtafel);
        metOverlegtafel.retainAll(gebieden);
    }

    /** From all of the gemeente's kernen (their areas), the scope's kern if any, and the kernen where one met. */
    public static Overlegtafelcijfers van(List<Kernligging> kernenVanGemeente, Optional<KernId> bereik,
                                         Set<KernId> kernenMetOverlegtafel) {
        SortedSet<String> gebieden = new TreeSet<>();
        SortedSet<String> metOverlegtafel = new TreeSet<>();
        for (Kernligging kern : kernenVanGemeente) {
            String gebied = kern.gebied();
            if (gebied == null) {
                continue;
            }
            if (bereik.map(kern.id()::equals).orElse(true)) {
                gebieden.add(gebied);
            }
            if (kernenMetOverlegtafel.contains(kern.id())) {
                metOverlegtafel.add(gebied);
            }
        }
        return new Overlegtafelcijfers(gebieden, metOverlegtafel);
    }

    /** Null without areas, as the other percentages. */
    public BigDecimal percentageMetOverlegtafel() {
        return Aantallen.percentage(metOverlegtafel.size(), gebieden.size());
    }

    public boolean heeftOverlegtafel(String gebied) {
        return metOverlegtafel.contains(Objects.requireNonNull(gebied, "gebied"));
    }
}
