package nl.kernpunt.application.traject.port.out;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.InMemoryPaginering;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.traject.Rapportcijfers;
import nl.kernpunt.application.traject.TrajectFilter;
import nl.kernpunt.application.traject.Trajectcijfers;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.traject.Evaluatie;
import nl.kernpunt.domain.traject.Participatietraject;
import nl.kernpunt.domain.traject.TrajectId;

/** The traject port in memory, with the same versioning and list semantics as the database. */
public class InMemoryParticipatietrajectRepository implements ParticipatietrajectRepository {

    private final Map<TrajectId, Participatietraject> opslag = new ConcurrentHashMap<>();

    @Override
    public Optional<Participatietraject> vind(TrajectId id) {
        return Optional.ofNullable(opslag.get(id)).map(t -> kopie(t, t.getVersie()));
    }

    @Override
    public Participatietraject voegToe(Participatietraject traject) {
        opslag.put(traject.getId(), kopie(traject, 0));
        return vind(traject.getId()).orElseThrow();
    }

    @Override
    public Participatietraject bewaar(Participatietraject traject) {
        Participatietraject opgeslagen = opslag.get(traject.getId());
        if (opgeslagen == null || opgeslagen.getVersie() != traject.getVersie()) {
            throw new VersieVerouderd("participatietraject", traject.getId());
        }
        opslag.put(traject.getId(), kopie(traject, traject.getVersie() + 1));
        return vind(traject.getId()).orElseThrow();
    }

    @Override
    public Pagina<Participatietraject> zoek(TrajectFilter filter, PaginaVerzoek verzoek) {
        Function<Participatietraject, String> sleutel = filter.voorDeltaSync()
                ? t -> t.getGewijzigdOp() + "|" + t.getId()
                : t -> t.getGegevens().onderwerp() + "|" + t.getId();
        // the silence bound moves with the clock; the cursor belongs to the filters as the client gave them
        Object context = Arrays.asList(filter.gemeente(), filter.kern(), filter.niveau(), filter.fase(),
                filter.eigenaar(), filter.openStap(), filter.gewijzigdSinds(), filter.stil());
        return InMemoryPaginering.pagina(opslag.values().stream().filter(voldoetAan(filter)),
                Comparator.comparing(sleutel), sleutel, verzoek, context);
    }

    private static Predicate<Participatietraject> voldoetAan(TrajectFilter f) {
        return t -> (f.gemeente() == null || t.getGemeente().equals(f.gemeente()))
                && (f.kern() == null || t.getGegevens().kernen().contains(f.kern()))
                && (f.niveau() == null || t.getNiveau().filter(f.niveau()::equals).isPresent())
                && (f.fase() == null || t.getFase() == f.fase())
                && (f.eigenaar() == null || t.getGegevens().eigenaar().naam().equalsIgnoreCase(f.eigenaar()))
                && (f.openStap() == null || t.openStappen().contains(f.openStap()))
                && (f.gewijzigdSinds() == null || !t.getGewijzigdOp().isBefore(f.gewijzigdSinds()))
                && (f.stil() == null || f.stil() == t.isStil(f.stilGrenzen().voor(t.getGegevens().kernen())));
    }

    private static Participatietraject kopie(Participatietraject t, long versie) {
        return Participatietraject.reconstitute(t.getId(), t.getGemeente(), t.getGegevens(), t.getFase(),
                t.getNiveau().orElse(null), t.getNiveauhistorie(), t.getStappen(), t.getDeelname(), t.getAangemaaktOp(),
                t.getGewijzigdOp(), versie);
    }

    @Override
    public Trajectcijfers tel(Monitoringbereik bereik) {
        List<Participatietraject> liepen = inBereik(bereik)
                .filter(t -> liepIn(t, bereik.periode()))
                .toList();
        List<Evaluatie> evaluaties = liepen.stream().map(t -> t.getStappen().evaluatie()).filter(Objects::nonNull)
                .map(stap -> stap.uitkomst()).toList();
        return new Trajectcijfers(liepen.size(),
                liepen.stream().filter(t -> t.getNiveau().isPresent())
                        .collect(Collectors.groupingBy(t -> t.getNiveau().orElseThrow(), Collectors.counting())),
                liepen.stream().filter(t -> t.getNiveau().isEmpty()).count(),
                evaluaties.stream().filter(Evaluatie::heeftTerugkoppeling).count(),
                evaluaties.stream().filter(Evaluatie::heeftProcesevaluatie).count());
    }

    @Override
    public Rapportcijfers telRapportcijfers(Monitoringbereik bereik) {
        List<BigDecimal> cijfers = inBereik(bereik)
                .map(t -> t.getStappen().evaluatie())
                .filter(stap -> stap != null && stap.uitkomst().rapportcijfer() != null
                        && !stap.vastgelegdOp().isBefore(bereik.periode().begin())
                        && stap.vastgelegdOp().isBefore(bereik.periode().einde()))
                .map(stap -> stap.uitkomst().rapportcijfer()).toList();
        return new Rapportcijfers(cijfers.size(), cijfers.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The gemeente's trajecten; with a kern, those naming it and the gemeente-wide ones. */
    private Stream<Participatietraject> inBereik(Monitoringbereik bereik) {
        return opslag.values().stream()
                .filter(t -> t.getGemeente().equals(bereik.gemeente()))
                .filter(t -> bereik.kern().map(kern -> t.getGegevens().gemeentebreed()
                        || t.getGegevens().kernen().contains(kern)).orElse(true));
    }

    /** Began before the period ended (without a start date: the day it was created) and did not end before it began. */
    private static boolean liepIn(Participatietraject traject, Periode periode) {
        LocalDate start = traject.getGegevens().startDatum() != null ? traject.getGegevens().startDatum()
                : LocalDate.ofInstant(traject.getAangemaaktOp(), Periode.NEDERLAND);
        LocalDate eind = traject.getGegevens().eindDatum();
        return start.isBefore(periode.tot()) && (eind == null || !eind.isBefore(periode.van()));
    }
}
