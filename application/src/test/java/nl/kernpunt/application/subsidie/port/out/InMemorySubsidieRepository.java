package nl.kernpunt.application.subsidie.port.out;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.InMemoryPaginering;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.subsidie.SubsidieaanvraagFilter;
import nl.kernpunt.application.kern.KernFilter;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.subsidie.Subsidiecijfers;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.subsidie.AanvraagStatus;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Budgetpot;
import nl.kernpunt.domain.subsidie.Ontvangersoort;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.Straatbijeenkomst;
import nl.kernpunt.domain.subsidie.Subsidieaanvraag;
import nl.kernpunt.domain.subsidie.Subsidieregeling;

/**
 * Applications and pots in memory. Every method is synchronized, so a reservation's check and
 * addition are one step, as the conditional update is in the database. Unlike the database, a
 * reservation is not undone when the use case fails afterwards: there is no transaction here.
 */
public class InMemorySubsidieRepository implements SubsidieRepository {

    /** A pot without its cap, which a beheerder may change. */
    private record Pot(Gemeentecode gemeente, Regelingcode regeling, KernId kern, String ontvanger, int jaar) {
    }

    private final Map<AanvraagId, Subsidieaanvraag> opslag = new HashMap<>();
    private final Map<Pot, Bedrag> potten = new HashMap<>();
    private final SubsidieregelingRepository regelingen;
    private final KernRepository kernen;

    public InMemorySubsidieRepository(SubsidieregelingRepository regelingen, KernRepository kernen) {
        this.regelingen = regelingen;
        this.kernen = kernen;
    }

    @Override
    public synchronized Optional<Subsidieaanvraag> vind(AanvraagId id) {
        return Optional.ofNullable(opslag.get(id)).map(a -> kopie(a, a.getVersie()));
    }

    @Override
    public synchronized Subsidieaanvraag voegToe(Subsidieaanvraag aanvraag) {
        opslag.put(aanvraag.getId(), kopie(aanvraag, 0));
        return vind(aanvraag.getId()).orElseThrow();
    }

    @Override
    public synchronized Subsidieaanvraag bewaar(Subsidieaanvraag aanvraag) {
        Subsidieaanvraag opgeslagen = opslag.get(aanvraag.getId());
        if (opgeslagen == null || opgeslagen.getVersie() != aanvraag.getVersie()) {
            throw new VersieVerouderd("subsidieaanvraag", aanvraag.getId());
        }
        opslag.put(aanvraag.getId(), kopie(aanvraag, aanvraag.getVersie() + 1));
        return vind(aanvraag.getId()).orElseThrow();
    }

    @Override
    public synchronized List<Subsidieaanvraag> vanInitiatief(InitiatiefId initiatief) {
        return opslag.values().stream().filter(a -> a.getInitiatief().equals(initiatief))
                .sorted(Comparator.comparing(Subsidieaanvraag::getAangemaaktOp).thenComparing(a -> a.getId().waarde()))
                .map(a -> kopie(a, a.getVersie())).toList();
    }

    @Override
    public synchronized Pagina<Subsidieaanvraag> zoek(SubsidieaanvraagFilter filter, PaginaVerzoek verzoek) {
        Function<Subsidieaanvraag, String> sleutel = filter.gewijzigdSinds() == null
                ? a -> a.getAangemaaktOp() + "|" + a.getId()
                : a -> a.getGewijzigdOp() + "|" + a.getId();
        return InMemoryPaginering.pagina(opslag.values().stream()
                        .filter(a -> a.getGemeente().equals(filter.gemeente()))
                        .filter(a -> filter.initiatief() == null || a.getInitiatief().equals(filter.initiatief()))
                        .filter(a -> filter.gewijzigdSinds() == null || !a.getGewijzigdOp().isBefore(filter.gewijzigdSinds()))
                        .map(a -> kopie(a, a.getVersie())),
                Comparator.comparing(sleutel), sleutel, verzoek, filter);
    }

    @Override
    public synchronized void reserveer(Budgetpot pot, Bedrag bedrag) {
        Bedrag nieuw = toegekend(pot).plus(bedrag);
        if (pot.getPlafond().isPresent() && nieuw.isMeerDan(pot.plafond())) {
            throw new RegelGeschonden("plafond-overschreden", "het plafond van " + pot.plafond() + " laat nog "
                    + pot.plafond().rest(toegekend(pot)) + " toe, niet " + bedrag);
        }
        potten.put(sleutel(pot), nieuw);
    }

    @Override
    public synchronized Bedrag toegekend(Budgetpot pot) {
        return potten.getOrDefault(sleutel(pot), Bedrag.NUL);
    }

    @Override
    public synchronized List<Straatbijeenkomst> toegekendeBijeenkomsten(Subsidieaanvraag aanvraag) {
        return aanvraag.getBijeenkomst().map(deze -> opslag.values().stream()
                .filter(a -> a.getGemeente().equals(aanvraag.getGemeente()) && a.getKern().equals(aanvraag.getKern()))
                .filter(a -> a.getJaar() == aanvraag.getJaar())
                .filter(a -> !a.getId().equals(aanvraag.getId()) && isToegekend(a))
                .flatMap(a -> a.getBijeenkomst().stream())
                .filter(b -> b.straatOfBuurt().equalsIgnoreCase(deze.straatOfBuurt()))
                .toList()).orElse(List.of());
    }

    @Override
    public synchronized List<Subsidiecijfers> tel(Monitoringbereik bereik) {
        List<Kern> kernenInBereik = bereik.kern().map(kern -> kernen.vind(kern).stream().toList())
                .orElseGet(() -> kernen.zoek(new KernFilter(bereik.gemeente(), null, null, null, null),
                        new PaginaVerzoek(null, PaginaVerzoek.MAX_GROOTTE)).resultaten());
        int vanJaar = bereik.periode().van().getYear();
        int totJaar = bereik.periode().tot().minusDays(1).getYear();
        long jaren = totJaar - vanJaar + 1L;
        List<Subsidiecijfers> cijfers = new ArrayList<>();
        for (Subsidieregeling regeling : regelingen.van(bereik.gemeente())) {
            List<Subsidieaanvraag> aanvragen = opslag.values().stream()
                    .filter(a -> a.getGemeente().equals(bereik.gemeente()) && a.getRegeling().equals(regeling.getCode()))
                    .filter(a -> bereik.kern().map(k -> k.equals(a.getKern())).orElse(true))
                    .filter(a -> a.getJaar() >= vanJaar && a.getJaar() <= totJaar && isToegekend(a))
                    .toList();
            Optional<Bedrag> beschikbaar = switch (regeling.getBudgetsoort()) {
                case PER_KERN_PER_JAAR -> Optional.of(regeling.getBedrag().maal(kernenInBereik.size() * jaren));
                case PER_ONTVANGER_PER_JAAR -> ontvangers(regeling.getOntvangersoort().orElseThrow(), kernenInBereik,
                        bereik.kern().isPresent()).map(aantal -> regeling.getBedrag().maal(aantal * jaren));
                case PER_GEMEENTE_PER_JAAR -> bereik.kern().isPresent() ? Optional.empty()
                        : Optional.of(regeling.getBedrag().maal(jaren));
                case VAST_BEDRAG -> Optional.empty();
            };
            cijfers.add(new Subsidiecijfers(regeling.getCode(), beschikbaar,
                    som(aanvragen, a -> true), som(aanvragen, a -> a.getStatus() == AanvraagStatus.UITBETAALD)));
        }
        return cijfers;
    }

    /** The recipients in scope: the organisations of the kernen, the kernen whose register has one, or the gemeente's one coordinator when no kern is. */
    private static Optional<Long> ontvangers(Ontvangersoort soort, List<Kern> kernenInBereik, boolean eenKern) {
        if (!soort.perKern()) {
            return eenKern ? Optional.empty() : Optional.of(1L);
        }
        if (soort.perOrganisatie()) {
            return Optional.of(kernenInBereik.stream()
                    .mapToLong(kern -> kern.getProfiel().dorpsbelangenorganisaties().size()).sum());
        }
        return Optional.of(kernenInBereik.stream().filter(soort::aanwezigIn).count());
    }

    private static boolean isToegekend(Subsidieaanvraag a) {
        return a.getStatus() == AanvraagStatus.TOEGEKEND || a.getStatus() == AanvraagStatus.UITBETAALD;
    }

    private static Bedrag som(List<Subsidieaanvraag> aanvragen, Predicate<Subsidieaanvraag> welke) {
        return aanvragen.stream().filter(welke).map(a -> a.getToegekendBedrag().orElseThrow())
                .reduce(Bedrag.NUL, Bedrag::plus);
    }

    private static Pot sleutel(Budgetpot pot) {
        return new Pot(pot.gemeente(), pot.regeling(), pot.kern(), pot.ontvanger(), pot.jaar());
    }

    private static Subsidieaanvraag kopie(Subsidieaanvraag a, long versie) {
        return Subsidieaanvraag.reconstitute(a.getId(), a.getGemeente(), a.getInitiatief(), a.getKern(),
                a.getRegeling(), a.getOntvanger().orElse(null), a.getJaar(), a.getOmschrijving(), a.getBegroting(), a.getBijeenkomst().orElse(null),
                a.getStatus(), a.getCriteria(), a.getDoeltoets(), a.getToegekendBedrag().orElse(null), a.getMotivering().orElse(null),
                a.getCollegebesluit().orElse(null), a.getBesluitOp().orElse(null), a.getBesluitDoor().orElse(null),
                a.getUitbetaaldOp().orElse(null), a.getUitbetaaldDoor().orElse(null), a.getAangemaaktOp(),
                a.getGewijzigdOp(), versie);
    }
}
