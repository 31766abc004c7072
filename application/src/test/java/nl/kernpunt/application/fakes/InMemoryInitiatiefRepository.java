package nl.kernpunt.application.fakes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.kernpunt.application.fout.VersieVerouderd;
import nl.kernpunt.application.port.out.InitiatiefFilter;
import nl.kernpunt.application.port.out.InitiatiefRepository;
import nl.kernpunt.application.port.out.Pagina;
import nl.kernpunt.application.port.out.PaginaVerzoek;
import nl.kernpunt.application.port.out.VerlopenAfspraak;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.kern.KernId;

/** The initiatief port in memory, with the same versioning and list semantics as the database. */
public class InMemoryInitiatiefRepository implements InitiatiefRepository {

    private final Map<InitiatiefId, Initiatief> opslag = new ConcurrentHashMap<>();

    @Override
    public Optional<Initiatief> vind(InitiatiefId id) {
        return Optional.ofNullable(opslag.get(id)).map(i -> kopie(i, i.getVersie()));
    }

    @Override
    public Optional<Initiatief> vindOpReferentie(PubliekeReferentie referentie) {
        return opslag.values().stream().filter(i -> i.getReferentie().equals(referentie)).findFirst()
                .map(i -> kopie(i, i.getVersie()));
    }

    @Override
    public Initiatief voegToe(Initiatief initiatief) {
        opslag.put(initiatief.getId(), kopie(initiatief, 0));
        return vind(initiatief.getId()).orElseThrow();
    }

    @Override
    public Initiatief bewaar(Initiatief initiatief) {
        Initiatief opgeslagen = opslag.get(initiatief.getId());
        if (opgeslagen == null || opgeslagen.getVersie() != initiatief.getVersie()) {
            throw new VersieVerouderd("initiatief", initiatief.getId());
        }
        opslag.put(initiatief.getId(), kopie(initiatief, initiatief.getVersie() + 1));
        return vind(initiatief.getId()).orElseThrow();
    }

    @Override
    public Pagina<Initiatief> zoek(InitiatiefFilter filter, PaginaVerzoek verzoek) {
        Function<Initiatief, String> sleutel = filter.voorDeltaSync()
                ? i -> i.getGewijzigdOp() + "|" + i.getId()
                : i -> i.getAangemaaktOp() + "|" + i.getId();
        return InMemoryPaginering.pagina(opslag.values().stream().filter(voldoetAan(filter)),
                Comparator.comparing(sleutel), sleutel, verzoek, filter);
    }

    @Override
    public List<VerlopenAfspraak> verlopenAfspraken(Gemeentecode gemeente, KernId kern, String verantwoordelijke,
                                                    LocalDate vandaag) {
        return opslag.values().stream()
                .filter(i -> i.getGemeente().equals(gemeente) && (kern == null || i.getKern().equals(kern)))
                .flatMap(i -> i.getAfspraken().stream()
                        .filter(a -> a.isVerlopen(vandaag))
                        .filter(a -> verantwoordelijke == null || a.verantwoordelijke().equalsIgnoreCase(verantwoordelijke))
                        .map(a -> new VerlopenAfspraak(i.getId(), i.getGegevens().titel(), i.getKern(), a)))
                .sorted(Comparator.comparing((VerlopenAfspraak v) -> v.afspraak().deadline())
                        .thenComparing(v -> v.afspraak().id()))
                .toList();
    }

    private static Predicate<Initiatief> voldoetAan(InitiatiefFilter f) {
        return i -> i.getGemeente().equals(f.gemeente())
                && (f.kern() == null || i.getKern().equals(f.kern()))
                && (f.status() == null || i.getStatus() == f.status())
                && (f.rol() == null || i.getRol().filter(r -> r == f.rol()).isPresent())
                && (f.stil() == null || stil(i, f) == f.stil())
                && (f.gewijzigdSinds() == null || !i.getGewijzigdOp().isBefore(f.gewijzigdSinds()));
    }

    private static boolean stil(Initiatief i, InitiatiefFilter f) {
        return i.getStatus().isOpen() && i.laatsteContactOp().isBefore(f.stilGrens());
    }

    private static Initiatief kopie(Initiatief i, long versie) {
        return Initiatief.reconstitute(i.getId(), i.getGemeente(), i.getKern(), i.getReferentie(), i.getGegevens(),
                i.getStatus(), i.getStatushistorie(), i.getRolhistorie(), i.getContactmomenten(), i.getAfspraken(),
                i.getAangemaaktOp(),
                i.getGewijzigdOp(), versie);
    }
}
