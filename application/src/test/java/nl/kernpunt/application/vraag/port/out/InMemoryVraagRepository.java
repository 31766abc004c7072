package nl.kernpunt.application.vraag.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.InMemoryPaginering;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.vraag.VraagFilter;
import nl.kernpunt.application.vraag.Vraagcijfers;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.initiatief.PubliekeReferentie;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.vraag.Vraag;
import nl.kernpunt.domain.vraag.VraagId;
import nl.kernpunt.domain.vraag.VraagStatus;

/** The vraag port in memory, with the same versioning, list and counting semantics as the database. */
public class InMemoryVraagRepository implements VraagRepository {

    private final Map<VraagId, Vraag> opslag = new ConcurrentHashMap<>();

    @Override
    public Optional<Vraag> vind(VraagId id) {
        return Optional.ofNullable(opslag.get(id)).map(v -> kopie(v, v.getVersie()));
    }

    @Override
    public Optional<Vraag> vindOpReferentie(PubliekeReferentie referentie) {
        return opslag.values().stream().filter(v -> v.getReferentie().equals(referentie)).findFirst()
                .map(v -> kopie(v, v.getVersie()));
    }

    @Override
    public Vraag voegToe(Vraag vraag) {
        opslag.put(vraag.getId(), kopie(vraag, 0));
        return vind(vraag.getId()).orElseThrow();
    }

    @Override
    public Vraag bewaar(Vraag vraag) {
        Vraag opgeslagen = opslag.get(vraag.getId());
        if (opgeslagen == null || opgeslagen.getVersie() != vraag.getVersie()) {
            throw new VersieVerouderd("vraag", vraag.getId());
        }
        opslag.put(vraag.getId(), kopie(vraag, vraag.getVersie() + 1));
        return vind(vraag.getId()).orElseThrow();
    }

    @Override
    public List<Vraag> openVanKern(KernId kern) {
        return opslag.values().stream()
                .filter(v -> v.getKern().equals(kern) && v.getStatus() != VraagStatus.GESLOTEN)
                .sorted(Comparator.comparing(Vraag::getOntvangenOp).thenComparing(v -> v.getId().waarde()))
                .map(v -> kopie(v, v.getVersie())).toList();
    }

    @Override
    public Pagina<Vraag> zoek(VraagFilter filter, PaginaVerzoek verzoek) {
        Function<Vraag, String> sleutel = filter.gewijzigdSinds() != null
                ? v -> vast(v.getGewijzigdOp()) + "|" + v.getId()
                : filter.opDeadline()
                ? v -> vast(v.lopendeDeadline().orElseThrow()) + "|" + v.getId()
                : v -> vast(v.getOntvangenOp()) + "|" + v.getId();
        // the moments move with the clock; the cursor belongs to the filters as the client gave them
        Object context = Arrays.asList(filter.gemeente(), filter.kern(), filter.persoon(), filter.status(),
                filter.verlopen(), filter.deadlineTot() != null, filter.gewijzigdSinds(), filter.spam());
        return InMemoryPaginering.pagina(opslag.values().stream().filter(voldoetAan(filter)),
                Comparator.comparing(sleutel), sleutel, verzoek, context);
    }

    @Override
    public Vraagcijfers tel(Monitoringbereik bereik, LocalDate vandaag) {
        Instant dagBegin = vandaag.atStartOfDay(Periode.NEDERLAND).toInstant();
        Instant begin = bereik.periode().begin();
        Instant einde = bereik.periode().einde();
        var ontvangen = opslag.values().stream()
                .filter(v -> v.getGemeente().equals(bereik.gemeente()))
                .filter(v -> v.getSpamOp() == null)
                .filter(v -> bereik.kern().map(v.getKern()::equals).orElse(true))
                .filter(v -> !v.getOntvangenOp().isBefore(begin) && v.getOntvangenOp().isBefore(einde))
                .toList();
        return new Vraagcijfers(ontvangen.size(),
                ontvangen.stream().filter(v -> v.getEersteReactieOp() != null && v.termijnGehaald().orElseThrow()).count(),
                ontvangen.stream().filter(v -> v.getEersteReactieOp() != null && !v.termijnGehaald().orElseThrow()).count(),
                ontvangen.stream().filter(v -> v.lopendeDeadline().filter(dagBegin::isAfter).isPresent()).count());
    }

    private static Predicate<Vraag> voldoetAan(VraagFilter f) {
        return v -> v.getGemeente().equals(f.gemeente())
                && (v.getSpamOp() != null) == f.spam()
                && (f.kern() == null || v.getKern().equals(f.kern()))
                && (f.persoon() == null || Stream.of(v.getKernambtenaar().orElse(null), v.getBehandelaar())
                        .anyMatch(p -> p != null && p.naam().equalsIgnoreCase(f.persoon())))
                && (f.status() == null || v.getStatus() == f.status())
                && (f.gewijzigdSinds() == null || !v.getGewijzigdOp().isBefore(f.gewijzigdSinds()))
                && (f.verlopen() == null || verlopen(v, f.nu()) == f.verlopen())
                && (f.deadlineTot() == null || v.lopendeDeadline()
                        .filter(d -> !d.isBefore(f.nu()) && !d.isAfter(f.deadlineTot())).isPresent());
    }

    private static boolean verlopen(Vraag vraag, Instant nu) {
        return vraag.lopendeDeadline().filter(nu::isAfter).isPresent();
    }

    /** Fixed width, so the text order is the time order. */
    private static String vast(Instant moment) {
        return String.format("%020d%09d", moment.getEpochSecond(), moment.getNano());
    }

    private static Vraag kopie(Vraag v, long versie) {
        Contactpersoon kernambtenaar = v.getKernambtenaar().orElse(null);
        return Vraag.reconstitute(v.getId(), v.getGemeente(), v.getKern(), v.getReferentie(), v.getOnderwerp(),
                v.getTekst(), v.getVrager(), v.getOntvangenOp(), kernambtenaar, v.getTermijn(), v.getBehandelaar(),
                v.getStatus(), v.getHistorie(), v.getPauzes(), v.getEersteReactieOp(), v.getVerwachtAntwoordOp(),
                v.getGewijzigdOp(), v.getSpamOp(), versie);
    }
}
