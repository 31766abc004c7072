package nl.kernpunt.application.kern.port.out;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.InMemoryPaginering;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.application.kern.Kerncijfers;
import nl.kernpunt.application.kern.Kernkenmerken;
import nl.kernpunt.application.kern.Kernligging;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;

/** The kern port in memory, with the same versioning and list semantics as the database. */
public class InMemoryKernRepository implements KernRepository {

    private final Map<KernId, Kern> opslag = new ConcurrentHashMap<>();

    @Override
    public Optional<Kern> vind(KernId id) {
        return Optional.ofNullable(opslag.get(id)).map(k -> kopie(k, k.getVersie()));
    }

    @Override
    public List<Kernkenmerken> kenmerken(Collection<KernId> ids) {
        return ids.stream().map(this::vind).flatMap(Optional::stream).map(Kernkenmerken::van).toList();
    }

    @Override
    public Optional<String> naam(KernId id) {
        return Optional.ofNullable(opslag.get(id)).map(k -> k.getProfiel().naam());
    }

    @Override
    public boolean naamInGebruik(Gemeentecode gemeente, String naam, KernId behalve) {
        return opslag.values().stream().anyMatch(k -> k.getGemeente().equals(gemeente)
                && k.getProfiel().naam().equalsIgnoreCase(naam) && !k.getId().equals(behalve));
    }

    @Override
    public Kern voegToe(Kern kern) {
        opslag.put(kern.getId(), kopie(kern, 0));
        return vind(kern.getId()).orElseThrow();
    }

    @Override
    public Kern bewaar(Kern kern) {
        Kern opgeslagen = opslag.get(kern.getId());
        if (opgeslagen == null || opgeslagen.getVersie() != kern.getVersie()) {
            throw new VersieVerouderd("kern", kern.getId());
        }
        opslag.put(kern.getId(), kopie(kern, kern.getVersie() + 1));
        return vind(kern.getId()).orElseThrow();
    }

    @Override
    public List<Kernligging> inBereik(Monitoringbereik bereik) {
        return opslag.values().stream()
                .filter(k -> k.getGemeente().equals(bereik.gemeente()) && !k.isGearchiveerd())
                .filter(k -> bereik.kern().map(k.getId()::equals).orElse(true))
                .sorted(Comparator.comparing((Kern k) -> k.getProfiel().naam()).thenComparing(k -> k.getId().waarde()))
                .map(Kernligging::van).toList();
    }

    @Override
    public List<Kern> metEigenStilteDrempel(Gemeentecode gemeente) {
        return opslag.values().stream()
                .filter(k -> k.getGemeente().equals(gemeente) && k.getMaatwerk().stilteDrempelDagen() != null)
                .map(k -> kopie(k, k.getVersie())).toList();
    }

    @Override
    public Pagina<Kern> zoek(KernFilter filter, PaginaVerzoek verzoek) {
        Function<Kern, String> sleutel = filter.voorDeltaSync()
                ? k -> k.getGewijzigdOp() + "|" + k.getId()
                : k -> k.getProfiel().naam() + "|" + k.getId();
        return InMemoryPaginering.pagina(opslag.values().stream().filter(voldoetAan(filter)),
                Comparator.comparing(sleutel), sleutel, verzoek, filter);
    }

    private static Predicate<Kern> voldoetAan(KernFilter f) {
        return k -> (f.gemeente() == null || k.getGemeente().equals(f.gemeente()))
                && (f.gebied() == null || f.gebied().equalsIgnoreCase(k.getProfiel().gebied()))
                && (f.zoek() == null || bevat(k.getProfiel().naam(), f.zoek()) || bevat(k.getProfiel().gebied(), f.zoek()))
                && (f.gewijzigdSinds() == null || !k.getGewijzigdOp().isBefore(f.gewijzigdSinds()))
                && archiefVoldoet(f, k);
    }

    private static boolean archiefVoldoet(KernFilter f, Kern k) {
        if (f.gearchiveerd() != null) {
            return k.isGearchiveerd() == f.gearchiveerd();
        }
        return f.voorDeltaSync() || !k.isGearchiveerd();
    }

    private static boolean bevat(String tekst, String deel) {
        return tekst != null && tekst.toLowerCase(Locale.ROOT).contains(deel.toLowerCase(Locale.ROOT));
    }

    private static Kern kopie(Kern k, long versie) {
        return Kern.reconstitute(k.getId(), k.getGemeente(), k.getProfiel(), k.getFunctiehistorie(),
                k.isGearchiveerd(), k.getMaatwerk(), k.getAangemaaktOp(), k.getGewijzigdOp(), versie);
    }

    @Override
    public Kerncijfers tel(Monitoringbereik bereik) {
        List<Kern> actief = opslag.values().stream()
                .filter(k -> k.getGemeente().equals(bereik.gemeente()) && !k.isGearchiveerd())
                .filter(k -> bereik.kern().map(k.getId()::equals).orElse(true))
                .toList();
        return new Kerncijfers(actief.size(), actief.stream().filter(k -> k.getKernambtenaar().isPresent()).count());
    }
}
