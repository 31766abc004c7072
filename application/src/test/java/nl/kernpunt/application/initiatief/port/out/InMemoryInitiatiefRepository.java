package nl.kernpunt.application.initiatief.port.out;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import nl.kernpunt.application.initiatief.Afspraakcijfers;
import nl.kernpunt.application.initiatief.InitiatiefFilter;
import nl.kernpunt.application.initiatief.Initiatiefcijfers;
import nl.kernpunt.application.initiatief.OpenbareWeergave;
import nl.kernpunt.application.initiatief.VerlopenAfspraak;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Afspraak;
import nl.kernpunt.domain.initiatief.AfspraakStatus;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.kern.KernId;

/** The initiatief port in memory, with the same versioning and list semantics as the database. */
public class InMemoryInitiatiefRepository implements InitiatiefRepository {

    private final Map<InitiatiefId, Initiatief> opslag = new ConcurrentHashMap<>();
    /** Where the public status finds its kern's name, as the database joins it. */
    private final KernRepository kernen;

    /** For tests that never read a public status: it then names no kern. */
    public InMemoryInitiatiefRepository() {
        this(null);
    }

    public InMemoryInitiatiefRepository(KernRepository kernen) {
        this.kernen = kernen;
    }

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
    public Optional<OpenbareWeergave> openbaar(PubliekeReferentie referentie) {
        return vindOpReferentie(referentie).map(i -> new OpenbareWeergave(i.openbaar(),
                kernen == null ? null : kernen.naam(i.getKern()).orElse(null), i.getVersie()));
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

    /**
     * A stand-in for PostgreSQL's Dutch full-text search: shared words of five letters or more,
     * so the contract tests use words that the Dutch stemmer also keeps alike.
     */
    @Override
    public List<Initiatief> metOpenWerk(KernId kern) {
        return opslag.values().stream()
                .filter(i -> i.getKern().equals(kern) && (i.getStatus().isOpen() || i.openAfspraken() > 0))
                .sorted(Comparator.comparing(Initiatief::getAangemaaktOp).thenComparing(i -> i.getId().waarde()))
                .map(i -> kopie(i, i.getVersie())).toList();
    }

    @Override
    public List<Initiatief> vergelijkbare(Initiatief initiatief, int max) {
        Set<String> woorden = woorden(initiatief);
        return opslag.values().stream()
                .filter(i -> i.getKern().equals(initiatief.getKern()) && !i.getId().equals(initiatief.getId())
                        && i.getAangemaaktOp().isBefore(initiatief.getAangemaaktOp()))
                .filter(i -> woorden(i).stream().anyMatch(woorden::contains))
                .sorted(Comparator.comparing((Initiatief i) -> woorden(i).stream().filter(woorden::contains).count())
                        .reversed().thenComparing(Initiatief::getAangemaaktOp, Comparator.reverseOrder()))
                .limit(max)
                .map(i -> kopie(i, i.getVersie()))
                .toList();
    }

    private static Set<String> woorden(Initiatief i) {
        String tekst = (i.getGegevens().titel() + " " + i.getGegevens().omschrijving()).toLowerCase(Locale.ROOT);
        return Arrays.stream(tekst.split("[^\\p{L}]+")).filter(w -> w.length() >= 5).collect(Collectors.toSet());
    }

    @Override
    public List<VerlopenAfspraak> verlopenAfspraken(Gemeentecode gemeente, KernId kern, String verantwoordelijke,
                                                    LocalDate vandaag) {
        return opslag.values().stream()
                .filter(i -> i.getGemeente().equals(gemeente) && (kern == null || i.getKern().equals(kern)))
                .flatMap(i -> i.getAfspraken().stream()
                        .filter(a -> a.isVerlopen(vandaag))
                        .filter(a -> verantwoordelijke == null || a.verantwoordelijke().equalsIgnoreCase(verantwoordelijke))
                        .map(a -> new VerlopenAfspraak(i.getGemeente(), i.getId(), i.getGegevens().titel(), i.getKern(), a)))
                .sorted(Comparator.comparing((VerlopenAfspraak v) -> v.afspraak().deadline())
                        .thenComparing(v -> v.afspraak().id()))
                .toList();
    }

    private static Predicate<Initiatief> voldoetAan(InitiatiefFilter f) {
        return i -> i.getGemeente().equals(f.gemeente())
                && (i.getSpamOp() != null) == f.spam()
                && (f.kern() == null || i.getKern().equals(f.kern()))
                && (f.status() == null || i.getStatus() == f.status())
                && (f.rol() == null || i.getRol().filter(r -> r == f.rol()).isPresent())
                && (f.stil() == null || stil(i, f) == f.stil())
                && (f.gewijzigdSinds() == null || !i.getGewijzigdOp().isBefore(f.gewijzigdSinds()));
    }

    private static boolean stil(Initiatief i, InitiatiefFilter f) {
        return i.getStatus().isOpen() && i.laatsteContactOp().isBefore(f.stilGrenzen().voor(i.getKern()));
    }

    private static Initiatief kopie(Initiatief i, long versie) {
        return Initiatief.reconstitute(i.getId(), i.getGemeente(), i.getKern(), i.getReferentie(), i.getGegevens(),
                i.getStatus(), i.getStatushistorie(), i.getRolhistorie(), i.getContactmomenten(), i.getAfspraken(), i.getStappen(),
                i.getUitdagingsbesluit().orElse(null),
                i.getAangemaaktOp(),
                i.getGewijzigdOp(), i.getSpamOp(), versie);
    }

    @Override
    public Initiatiefcijfers tel(Monitoringbereik bereik) {
        List<Initiatief> gestart = inBereik(bereik)
                .filter(i -> i.getSpamOp() == null)
                .filter(i -> !i.getAangemaaktOp().isBefore(bereik.periode().begin())
                        && i.getAangemaaktOp().isBefore(bereik.periode().einde()))
                .toList();
        return new Initiatiefcijfers(gestart.size(),
                gestart.stream().collect(Collectors.groupingBy(Initiatief::getStatus, Collectors.counting())),
                gestart.stream().filter(i -> i.getRol().isPresent())
                        .collect(Collectors.groupingBy(i -> i.getRol().orElseThrow(), Collectors.counting())),
                gestart.stream().filter(i -> i.getRol().isEmpty()).count());
    }

    @Override
    public Afspraakcijfers telAfspraken(Monitoringbereik bereik, LocalDate vandaag) {
        List<Afspraak> afspraken = inBereik(bereik).flatMap(i -> i.getAfspraken().stream())
                .filter(a -> bereik.periode().bevat(a.deadline()))
                .toList();
        return new Afspraakcijfers(
                afspraken.stream().filter(a -> a.status() == AfspraakStatus.NAGEKOMEN).count(),
                afspraken.stream().filter(a -> a.status() == AfspraakStatus.NIET_NAGEKOMEN).count(),
                afspraken.stream().filter(a -> a.isVerlopen(vandaag)).count(),
                afspraken.stream().filter(a -> a.status() == AfspraakStatus.OPEN && !a.isVerlopen(vandaag)).count());
    }

    private Stream<Initiatief> inBereik(Monitoringbereik bereik) {
        return opslag.values().stream()
                .filter(i -> i.getGemeente().equals(bereik.gemeente()))
                .filter(i -> bereik.kern().map(i.getKern()::equals).orElse(true));
    }
}
