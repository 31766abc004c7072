package nl.kernpunt.application.indicator.port.out;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.InMemoryPaginering;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.indicator.IndicatorFilter;
import nl.kernpunt.application.indicator.Leefbaarometerstand;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.indicator.Indicator;
import nl.kernpunt.domain.indicator.IndicatorId;

/** The indicatoren port in memory, with the database's unique name per gemeente. */
public class InMemoryIndicatorRepository implements IndicatorRepository {

    private final Map<IndicatorId, Indicator> opslag = new ConcurrentHashMap<>();

    @Override
    public Optional<Indicator> vind(IndicatorId id) {
        return Optional.ofNullable(opslag.get(id)).map(i -> kopie(i, i.getVersie()));
    }

    @Override
    public synchronized Indicator voegToe(Indicator indicator) {
        String naam = indicator.getGegevens().naam().toLowerCase(Locale.ROOT);
        if (opslag.values().stream().anyMatch(i -> i.getGemeente().equals(indicator.getGemeente())
                && i.getGegevens().naam().toLowerCase(Locale.ROOT).equals(naam))) {
            throw new RegelGeschonden("indicator-bestaat-al", "bestaat al");
        }
        opslag.put(indicator.getId(), kopie(indicator, 0));
        return vind(indicator.getId()).orElseThrow();
    }

    @Override
    public Indicator bewaar(Indicator indicator) {
        Indicator opgeslagen = opslag.get(indicator.getId());
        if (opgeslagen == null || opgeslagen.getVersie() != indicator.getVersie()) {
            throw new VersieVerouderd("indicator", indicator.getId());
        }
        opslag.put(indicator.getId(), kopie(indicator, indicator.getVersie() + 1));
        return vind(indicator.getId()).orElseThrow();
    }

    @Override
    public Pagina<Indicator> zoek(IndicatorFilter f, PaginaVerzoek verzoek) {
        Function<Indicator, String> sleutel = f.gewijzigdSinds() != null
                ? i -> i.getGewijzigdOp() + "|" + i.getId()
                : i -> i.getGegevens().naam() + "|" + i.getId();
        return InMemoryPaginering.pagina(opslag.values().stream()
                        .filter(i -> i.getGemeente().equals(f.gemeente()))
                        .filter(i -> f.kern() == null || f.kern().equals(i.getGegevens().kern()))
                        .filter(i -> f.bron() == null || f.bron().equalsIgnoreCase(i.getGegevens().bron()))
                        .filter(i -> f.gewijzigdSinds() == null || !i.getGewijzigdOp().isBefore(f.gewijzigdSinds())),
                Comparator.comparing(sleutel), sleutel, verzoek, f);
    }

    @Override
    public List<Indicator> inBereik(Monitoringbereik bereik) {
        return opslag.values().stream()
                .filter(i -> i.getGemeente().equals(bereik.gemeente()))
                .filter(i -> i.getGegevens().kern() == null || bereik.kern().filter(i.getGegevens().kern()::equals).isPresent())
                .sorted(Comparator.comparing((Indicator i) -> i.getGegevens().naam()).thenComparing(i -> i.getId().toString()))
                .map(i -> kopie(i, i.getVersie()))
                .toList();
    }

    @Override
    public List<Indicator> leefbaarometers(Monitoringbereik bereik) {
        return opslag.values().stream()
                .filter(i -> i.getGemeente().equals(bereik.gemeente()) && i.getGegevens().kern() != null)
                .filter(i -> bereik.kern().map(i.getGegevens().kern()::equals).orElse(true))
                .filter(Leefbaarometerstand::isLeefbaarometer)
                .map(i -> kopie(i, i.getVersie())).toList();
    }

    private static Indicator kopie(Indicator i, long versie) {
        return Indicator.reconstitute(i.getId(), i.getGemeente(), i.getGegevens(), i.getMetingen(), i.getAangemaaktOp(),
                i.getGewijzigdOp(), versie);
    }
}
