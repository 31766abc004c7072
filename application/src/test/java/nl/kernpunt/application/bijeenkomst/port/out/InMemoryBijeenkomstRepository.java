package nl.kernpunt.application.bijeenkomst.port.out;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.kernpunt.application.bijeenkomst.BijeenkomstFilter;
import nl.kernpunt.application.bijeenkomst.Bijeenkomstcijfers;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.InMemoryPaginering;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomstsoort;
import nl.kernpunt.domain.kern.KernId;

/** The meetings port in memory, with the same versioning, list and count semantics as the database. */
public class InMemoryBijeenkomstRepository implements BijeenkomstRepository {

    private final Map<BijeenkomstId, Bijeenkomst> opslag = new ConcurrentHashMap<>();

    @Override
    public Optional<Bijeenkomst> vind(BijeenkomstId id) {
        return Optional.ofNullable(opslag.get(id)).map(b -> kopie(b, b.getVersie()));
    }

    @Override
    public Bijeenkomst voegToe(Bijeenkomst bijeenkomst) {
        opslag.put(bijeenkomst.getId(), kopie(bijeenkomst, 0));
        return vind(bijeenkomst.getId()).orElseThrow();
    }

    @Override
    public Bijeenkomst bewaar(Bijeenkomst bijeenkomst) {
        Bijeenkomst opgeslagen = opslag.get(bijeenkomst.getId());
        if (opgeslagen == null || opgeslagen.getVersie() != bijeenkomst.getVersie()) {
            throw new VersieVerouderd("bijeenkomst", bijeenkomst.getId());
        }
        opslag.put(bijeenkomst.getId(), kopie(bijeenkomst, bijeenkomst.getVersie() + 1));
        return vind(bijeenkomst.getId()).orElseThrow();
    }

    @Override
    public Pagina<Bijeenkomst> zoek(BijeenkomstFilter filter, PaginaVerzoek verzoek) {
        Function<Bijeenkomst, String> sleutel = filter.gewijzigdSinds() != null
                ? b -> b.getGewijzigdOp() + "|" + b.getId()
                : b -> b.getGegevens().datum() + "|" + b.getId();
        return InMemoryPaginering.pagina(opslag.values().stream().filter(voldoetAan(filter)),
                Comparator.comparing(sleutel), sleutel, verzoek, filter);
    }

    @Override
    public Bijeenkomstcijfers tel(Monitoringbereik bereik, LocalDate vandaag) {
        List<Bijeenkomst> gehouden = opslag.values().stream()
                .filter(b -> b.getGemeente().equals(bereik.gemeente()))
                .filter(b -> bereik.kern().map(b.getGegevens().kernen()::contains).orElse(true))
                .filter(b -> bereik.periode().bevat(b.getGegevens().datum()) && !b.getGegevens().datum().isAfter(vandaag))
                .toList();
        return new Bijeenkomstcijfers(gehouden.size(),
                gehouden.stream().filter(Bijeenkomst::isTijdigTeruggekoppeld).count(),
                gehouden.stream().filter(b -> b.isTerugkoppelingVerlopen(vandaag)).count());
    }

    @Override
    public Set<KernId> kernenMetOverlegtafel(Monitoringbereik bereik, LocalDate vandaag) {
        return opslag.values().stream()
                .filter(b -> b.getGemeente().equals(bereik.gemeente())
                        && b.getGegevens().soort() == Bijeenkomstsoort.OVERLEGTAFEL
                        && bereik.periode().bevat(b.getGegevens().datum()) && !b.getGegevens().datum().isAfter(vandaag))
                .flatMap(b -> b.getGegevens().kernen().stream())
                .collect(Collectors.toSet());
    }

    private static Predicate<Bijeenkomst> voldoetAan(BijeenkomstFilter f) {
        return b -> b.getGemeente().equals(f.gemeente())
                && (f.kern() == null || b.getGegevens().kernen().contains(f.kern()))
                && (f.van() == null || !b.getGegevens().datum().isBefore(f.van()))
                && (f.tot() == null || b.getGegevens().datum().isBefore(f.tot()))
                && (f.verlopenOp() == null || b.isTerugkoppelingVerlopen(f.verlopenOp()))
                && (f.gewijzigdSinds() == null || !b.getGewijzigdOp().isBefore(f.gewijzigdSinds()));
    }

    private static Bijeenkomst kopie(Bijeenkomst b, long versie) {
        return Bijeenkomst.reconstitute(b.getId(), b.getGemeente(), b.getGegevens(), b.getTerugkoppelingUiterlijk(),
                b.getTerugkoppeling().orElse(null), b.getAangemaaktOp(), b.getGewijzigdOp(), versie);
    }
}
