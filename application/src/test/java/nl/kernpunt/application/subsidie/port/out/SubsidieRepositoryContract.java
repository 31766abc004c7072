package nl.kernpunt.application.subsidie.port.out;

import static nl.kernpunt.domain.testdata.AanvraagBouwer.alleCriteriaVoldaan;
import static nl.kernpunt.domain.testdata.AanvraagBouwer.eenAanvraag;
import static nl.kernpunt.domain.testdata.InitiatiefBouwer.eenInitiatief;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.contract.PortContract;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.subsidie.Subsidiecijfers;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KanaalType;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Budgetsoort;
import nl.kernpunt.domain.subsidie.Doelcriterium;
import nl.kernpunt.domain.subsidie.Doeltoetsantwoord;
import nl.kernpunt.domain.subsidie.Ontvangersoort;
import nl.kernpunt.domain.subsidie.UitgeslotenKosten;
import nl.kernpunt.domain.subsidie.Budgetpot;
import nl.kernpunt.domain.subsidie.Collegebesluit;
import nl.kernpunt.domain.subsidie.Doeltoets;
import nl.kernpunt.domain.subsidie.Kostensoort;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Straatbijeenkomst;
import nl.kernpunt.domain.subsidie.Subsidieaanvraag;
import nl.kernpunt.domain.subsidie.Subsidieregeling;
import nl.kernpunt.domain.testdata.KernBouwer;
import org.junit.jupiter.api.Test;

public abstract class SubsidieRepositoryContract extends PortContract {

    protected SubsidieRepository subsidies() {
        return poort(SubsidieRepository.class);
    }

    protected SubsidieregelingRepository regelingen() {
        return poort(SubsidieregelingRepository.class);
    }

    protected KernRepository kernen() {
        return poort(KernRepository.class);
    }

    protected InitiatiefRepository initiatieven() {
        return poort(InitiatiefRepository.class);
    }

    private Kern nieuweKern(Gemeentecode gemeente) {
        // kern names are unique per gemeente
        String naam = "Kern " + UUID.randomUUID();
        return inTransactie(() -> kernen().voegToe(KernBouwer.eenKern().genaamd(naam).inGemeente(gemeente.waarde())
                .bouw(klok)));
    }

    private Initiatief nieuwInitiatief(Kern kern) {
        return inTransactie(() -> initiatieven().voegToe(eenInitiatief().inKern(kern).bouw(klok)));
    }

    private Subsidieregeling regeling(Gemeentecode gemeente, Regelingsoort soort) {
        return inTransactie(() -> {
            regelingen().voegToeAlsNieuw(Subsidieregeling.standaard(gemeente, soort, klok));
            return regelingen().vind(gemeente, soort.code()).orElseThrow();
        });
    }

    private Subsidieaanvraag voegToe(Subsidieaanvraag aanvraag) {
        return inTransactie(() -> subsidies().voegToe(aanvraag));
    }

    /** Grants as the use case does: reserve in the pot, then save, in one transaction. */
    /** The scheme as a gemeente starts with it: no purpose test. */
    private Subsidieregeling regelingVan(Subsidieaanvraag aanvraag) {
        return Subsidieregeling.standaard(aanvraag.getGemeente(), soort(aanvraag), klok);
    }

    private static Regelingsoort soort(Subsidieaanvraag aanvraag) {
        return Regelingsoort.van(aanvraag.getRegeling()).orElseThrow();
    }

    private Subsidieaanvraag kenToe(Subsidieaanvraag aanvraag, long euro) {
        Subsidieregeling regeling = regeling(aanvraag.getGemeente(), soort(aanvraag));
        return inTransactie(() -> {
            Subsidieaanvraag geladen = subsidies().vind(aanvraag.getId()).orElseThrow();
            geladen.kenToe(Bedrag.euro(euro), geladen.getRegeling().equals(Regelingsoort.LEEFBAARHEIDSBUDGET.code())
                    ? alleCriteriaVoldaan() : List.of(), List.of(), geladen.vraagtCollegebesluit()
                    ? new Collegebesluit("B&W 1", LocalDate.of(2026, 3, 1)) : null, regeling, List.of(), "Jeroen", klok);
            subsidies().reserveer(regeling.pot(geladen.getKern(), geladen.getJaar()), Bedrag.euro(euro));
            return subsidies().bewaar(geladen);
        });
    }

    @Test
    void a_stored_application_reads_back_whole_and_a_decision_bumps_the_version() {
        Initiatief initiatief = nieuwInitiatief(nieuweKern(nieuweGemeente()));
        Subsidieaanvraag aanvraag = voegToe(eenAanvraag().voor(initiatief).regeling(Regelingsoort.STRAATBIJEENKOMST)
                .regel(Kostensoort.GELUID, 60).regel(Kostensoort.SPELLEN, 40).bouw(klok));

        Subsidieaanvraag gelezen = inTransactie(() -> subsidies().vind(aanvraag.getId())).orElseThrow();
        assertThat(gelezen.getBegroting()).isEqualTo(aanvraag.getBegroting());
        assertThat(gelezen.getBijeenkomst()).isEqualTo(aanvraag.getBijeenkomst());
        assertThat(gelezen.getAangemaaktOp()).isEqualTo(aanvraag.getAangemaaktOp());
        assertThat(gelezen.getVersie()).isZero();

        Subsidieaanvraag toegekend = kenToe(aanvraag, 100);
        assertThat(toegekend.getVersie()).isEqualTo(1);
        assertThat(toegekend.getToegekendBedrag()).contains(Bedrag.euro(100));
        assertThat(inTransactie(() -> subsidies().vanInitiatief(initiatief.getId())))
                .extracting(Subsidieaanvraag::getId).containsExactly(aanvraag.getId());
    }

    @Test
    void saving_an_application_someone_else_changed_since_it_was_loaded_fails_as_stale() {
        Initiatief initiatief = nieuwInitiatief(nieuweKern(nieuweGemeente()));
        Subsidieaanvraag aanvraag = voegToe(eenAanvraag().voor(initiatief).bouw(klok));
        Subsidieaanvraag eerste = inTransactie(() -> subsidies().vind(aanvraag.getId())).orElseThrow();
        Subsidieaanvraag tweede = inTransactie(() -> subsidies().vind(aanvraag.getId())).orElseThrow();
        eerste.wijsAf("past niet", List.of(), List.of(), null, regelingVan(eerste), "Jeroen", klok);
        tweede.wijsAf("ook niet", List.of(), List.of(), null, regelingVan(tweede), "Sanne", klok);
        inTransactie(() -> subsidies().bewaar(eerste));

        assertThatThrownBy(() -> inTransactie(() -> subsidies().bewaar(tweede))).isInstanceOf(VersieVerouderd.class);
    }

    @Test
    void a_pot_takes_grants_up_to_its_cap_and_refuses_the_one_that_would_pass_it_adding_nothing() {
        Kern kern = nieuweKern(nieuweGemeente());
        Budgetpot pot = regeling(kern.getGemeente(), Regelingsoort.LEEFBAARHEIDSBUDGET).pot(kern.getId(), 2026);

        inTransactie(() -> {
            subsidies().reserveer(pot, Bedrag.euro(1500));
            return null;
        });
        assertThatThrownBy(() -> inTransactie(() -> {
            subsidies().reserveer(pot, new Bedrag(500_01));
            return null;
        })).isInstanceOf(RegelGeschonden.class).hasFieldOrPropertyWithValue("code", "plafond-overschreden");
        inTransactie(() -> {
            subsidies().reserveer(pot, Bedrag.euro(500));
            return null;
        });

        assertThat(inTransactie(() -> subsidies().toegekend(pot))).isEqualTo(Bedrag.euro(2000));
        Kern andere = nieuweKern(kern.getGemeente());
        Budgetpot andereKern = regeling(kern.getGemeente(), Regelingsoort.LEEFBAARHEIDSBUDGET).pot(andere.getId(), 2026);
        Budgetpot volgendJaar = regeling(kern.getGemeente(), Regelingsoort.LEEFBAARHEIDSBUDGET).pot(kern.getId(), 2027);
        assertThat(inTransactie(() -> subsidies().toegekend(andereKern))).isEqualTo(Bedrag.NUL);
        assertThat(inTransactie(() -> subsidies().toegekend(volgendJaar))).isEqualTo(Bedrag.NUL);
    }

    @Test
    void a_pot_without_a_cap_only_counts() {
        Kern kern = nieuweKern(nieuweGemeente());
        Budgetpot pot = regeling(kern.getGemeente(), Regelingsoort.STRAATBIJEENKOMST).pot(kern.getId(), 2026);
        for (int i = 0; i < 30; i++) {
            inTransactie(() -> {
                subsidies().reserveer(pot, Bedrag.euro(100));
                return null;
            });
        }
        assertThat(inTransactie(() -> subsidies().toegekend(pot))).isEqualTo(Bedrag.euro(3000));
    }

    /** The cap holds when many grants, each in its own transaction, reserve at the same moment. */
    @Test
    void simultaneous_reservations_never_pass_the_cap_together() throws Exception {
        Kern kern = nieuweKern(nieuweGemeente());
        Budgetpot pot = regeling(kern.getGemeente(), Regelingsoort.BIJZONDERE_INITIATIEVEN).pot(null, 2026);
        int aantal = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Boolean> gelukt = new ArrayList<>();
        try {
            List<Callable<Boolean>> reserveringen = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                reserveringen.add(() -> {
                    try {
                        inTransactie(() -> {
                            subsidies().reserveer(pot, Bedrag.euro(300));
                            return null;
                        });
                        return true;
                    } catch (RegelGeschonden e) {
                        return false;
                    }
                });
            }
            for (Future<Boolean> uitkomst : pool.invokeAll(reserveringen)) {
                gelukt.add(uitkomst.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // 5000 / 300: sixteen fit (4800), the seventeenth would make 5100
        assertThat(gelukt).filteredOn(g -> g).hasSize(16);
        assertThat(inTransactie(() -> subsidies().toegekend(pot))).isEqualTo(Bedrag.euro(4800));
    }

    @Test
    void the_granted_street_events_are_those_of_the_same_kern_street_and_year_whatever_the_case() {
        Initiatief initiatief = nieuwInitiatief(nieuweKern(nieuweGemeente()));
        LocalDate datum = LocalDate.of(2026, 6, 21);
        kenToe(voegToe(eenAanvraag().voor(initiatief).regeling(Regelingsoort.STRAATBIJEENKOMST)
                .bijeenkomst(new Straatbijeenkomst("Dorpsstraat", "Buitenspeeldag", "kinderen", datum, true))
                .regel(Kostensoort.SPELLEN, 100).bouw(klok)), 100);
        Subsidieaanvraag geweigerd = voegToe(eenAanvraag().voor(initiatief).regeling(Regelingsoort.STRAATBIJEENKOMST)
                .bijeenkomst(new Straatbijeenkomst("Kerkstraat", "Straatfeest", "ouderen", datum, true))
                .regel(Kostensoort.SPELLEN, 100).bouw(klok));
        inTransactie(() -> {
            Subsidieaanvraag a = subsidies().vind(geweigerd.getId()).orElseThrow();
            a.wijsAf("te laat", List.of(), List.of(), null, regelingVan(a), "Jeroen", klok);
            return subsidies().bewaar(a);
        });

        Straatbijeenkomst buitenspeeldag = new Straatbijeenkomst("Dorpsstraat", "Buitenspeeldag", "kinderen", datum, true);
        assertThat(alToegekend(initiatief, "DORPSSTRAAT", 2026)).containsExactly(buitenspeeldag);
        assertThat(alToegekend(initiatief, "Molenweg", 2026)).isEmpty();
        // many villages have a Dorpsstraat: another kern's does not count (issue #13 item 2)
        Initiatief elders = nieuwInitiatief(nieuweKern(initiatief.getGemeente()));
        assertThat(alToegekend(elders, "Dorpsstraat", 2026)).isEmpty();
        assertThat(alToegekend(initiatief, "Dorpsstraat", 2027)).isEmpty();
        // a refused application does not count
        assertThat(alToegekend(initiatief, "Kerkstraat", 2026)).isEmpty();
        // an application without an event has none
        Subsidieaanvraag zonder = voegToe(eenAanvraag().voor(initiatief).bouw(klok));
        assertThat(inTransactie(() -> subsidies().toegekendeBijeenkomsten(zonder))).isEmpty();
    }

    private List<Straatbijeenkomst> alToegekend(Initiatief initiatief, String straat, int jaar) {
        Subsidieaanvraag nieuw = voegToe(eenAanvraag().voor(initiatief).regeling(Regelingsoort.STRAATBIJEENKOMST)
                .jaar(jaar).bijeenkomst(new Straatbijeenkomst(straat, "Straatfeest", "ouderen", LocalDate.of(jaar, 5, 1), true))
                .regel(Kostensoort.PRIJZEN, 50).bouw(klok));
        return inTransactie(() -> subsidies().toegekendeBijeenkomsten(nieuw));
    }

    @Test
    void a_gemeente_has_one_scheme_of_each_kind_however_often_the_defaults_are_added() {
        Gemeentecode gemeente = nieuweGemeente();
        for (int i = 0; i < 2; i++) {
            for (Regelingsoort soort : Regelingsoort.values()) {
                inTransactie(() -> {
                    regelingen().voegToeAlsNieuw(Subsidieregeling.standaard(gemeente, soort, klok));
                    return null;
                });
            }
        }
        List<Subsidieregeling> van = inTransactie(() -> regelingen().van(gemeente));
        assertThat(van).extracting(Subsidieregeling::getCode)
                .containsExactly(Arrays.stream(Regelingsoort.values()).map(Regelingsoort::code).toArray(Regelingcode[]::new));

        Subsidieregeling leefbaarheid = van.get(0);
        leefbaarheid.wijzig("Leefbaarheidsbudget kernen", Bedrag.euro(2500), Doeltoets.GEEN, klok);
        assertThat(inTransactie(() -> regelingen().bewaar(leefbaarheid)).getVersie()).isEqualTo(1);
        assertThat(inTransactie(() -> regelingen().vind(gemeente, Regelingsoort.LEEFBAARHEIDSBUDGET.code())))
                .map(Subsidieregeling::getBedrag).contains(Bedrag.euro(2500));
        assertThatThrownBy(() -> inTransactie(() -> regelingen().bewaar(leefbaarheid)))
                .isInstanceOf(VersieVerouderd.class);
    }

    /**
     * Monitoring: per scheme the budget available in the period's years (cap times kernen for the
     * per-kern scheme), the grants of those budget years and the paid ones among them. Issue #13
     * item 1: a kern's leefbaarheidsbudget showed 3,500 of 2,000 granted for 2026 and 0 for 2027, as
     * grants were counted by decision date; now each year agrees with the ledger's pot.
     */
    @Test
    void the_monitoring_figures_count_the_grants_of_the_budget_years_the_period_touches_as_the_ledger_does() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern kern = nieuweKern(gemeente);
        Kern andere = nieuweKern(gemeente);
        Initiatief hier = nieuwInitiatief(kern);
        Initiatief daar = nieuwInitiatief(andere);
        for (Regelingsoort soort : Regelingsoort.values()) {
            regeling(gemeente, soort);
        }
        Periode voorjaar2026 = Periode.halfjaarVan(LocalDate.of(2026, 4, 1));
        // the clock stands at 1 April 2026; the budget year is 2026 unless asked otherwise
        Subsidieaanvraag betaald = kenToe(voegToe(eenAanvraag().voor(hier).regel(Kostensoort.MATERIAAL, 800).bouw(klok)), 700);
        betaalUit(betaald);
        kenToe(voegToe(eenAanvraag().voor(daar).regel(Kostensoort.MATERIAAL, 400).bouw(klok)), 400);
        kenToe(voegToe(eenAanvraag().voor(daar).regeling(Regelingsoort.BIJZONDERE_INITIATIEVEN)
                .regel(Kostensoort.HUUR, 3000).bouw(klok)), 2500);
        kenToe(voegToe(eenAanvraag().voor(hier).regeling(Regelingsoort.STRAATBIJEENKOMST)
                .regel(Kostensoort.SPELLEN, 100).bouw(klok)), 100);
        voegToe(eenAanvraag().voor(hier).regel(Kostensoort.MATERIAAL, 900).bouw(klok));
        // decided now from next year's pot, and a late claim on last year's
        kenToe(voegToe(eenAanvraag().voor(hier).jaar(2027).regel(Kostensoort.MATERIAAL, 1500).bouw(klok)), 1500);
        kenToe(voegToe(eenAanvraag().voor(daar).jaar(2025).regel(Kostensoort.MATERIAAL, 250).bouw(klok)), 250);
        // decided and paid in July, after the period, still from the 2026 pot
        klok.verzet(Duration.ofDays(100));
        Subsidieaanvraag juli = kenToe(voegToe(eenAanvraag().voor(daar).regel(Kostensoort.MATERIAAL, 300).bouw(klok)), 300);
        betaalUit(juli);

        List<Subsidiecijfers> gemeentebreed = inTransactie(() -> subsidies().tel(
                new Monitoringbereik(gemeente, Optional.empty(), voorjaar2026)));
        assertThat(gemeentebreed).containsExactly(
                new Subsidiecijfers(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), Optional.of(Bedrag.euro(2 * 2000)),
                        Bedrag.euro(700 + 400 + 300), Bedrag.euro(700 + 300)),
                new Subsidiecijfers(Regelingsoort.STRAATBIJEENKOMST.code(), Optional.empty(), Bedrag.euro(100), Bedrag.NUL),
                new Subsidiecijfers(Regelingsoort.BIJZONDERE_INITIATIEVEN.code(), Optional.of(Bedrag.euro(5000)),
                        Bedrag.euro(2500), Bedrag.NUL));
        for (int jaar : new int[] {2025, 2026, 2027}) {
            Budgetpot pot = regeling(gemeente, Regelingsoort.LEEFBAARHEIDSBUDGET).pot(kern.getId(), jaar);
            Subsidiecijfers inKern = inTransactie(() -> subsidies().tel(new Monitoringbereik(gemeente,
                    Optional.of(kern.getId()), Periode.halfjaarVan(LocalDate.of(jaar, 4, 1))))).get(0);
            assertThat(inKern.toegekend()).as("the ledger's pot of " + jaar)
                    .isEqualTo(inTransactie(() -> subsidies().toegekend(pot)));
        }

        List<Subsidiecijfers> eenKern2027 = inTransactie(() -> subsidies().tel(
                new Monitoringbereik(gemeente, Optional.of(kern.getId()), Periode.halfjaarVan(LocalDate.of(2027, 1, 1)))));
        assertThat(eenKern2027).containsExactly(
                new Subsidiecijfers(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), Optional.of(Bedrag.euro(2000)),
                        Bedrag.euro(1500), Bedrag.NUL),
                new Subsidiecijfers(Regelingsoort.STRAATBIJEENKOMST.code(), Optional.empty(), Bedrag.NUL, Bedrag.NUL),
                new Subsidiecijfers(Regelingsoort.BIJZONDERE_INITIATIEVEN.code(), Optional.empty(), Bedrag.NUL, Bedrag.NUL));
    }

    private void betaalUit(Subsidieaanvraag aanvraag) {
        inTransactie(() -> {
            Subsidieaanvraag geladen = subsidies().vind(aanvraag.getId()).orElseThrow();
            geladen.betaalUit("Jeroen", klok);
            return subsidies().bewaar(geladen);
        });
    }

    /**
     * A gemeente's own scheme (docs/adr/0029) reads back with its data, its code is unique within the
     * gemeente, and monitoring makes its available budget the allowance times the recipients in
     * scope: 000 §3.2.3's signaleringsgroepen are those in the kernen's registers.
     */
    @Test
    void an_own_allowance_per_recipient_reads_back_and_monitoring_counts_its_recipients() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern metGroep = inTransactie(() -> kernen().voegToe(KernBouwer.eenKern().genaamd("Kern " + UUID.randomUUID())
                .inGemeente(gemeente.waarde()).metKanaal(KanaalType.SIGNALERINGSGROEP, "Signaleringsgroep").bouw(klok)));
        nieuweKern(gemeente);
        Doeltoets doeltoets = new Doeltoets(List.of(new Doelcriterium("veiligheid", "Draagt bij aan een veilige kern")));
        Subsidieregeling groepen = Subsidieregeling.eigen(gemeente, new Regelingcode("signaleringsgroepen"),
                "Declaraties signaleringsgroepen", Budgetsoort.PER_ONTVANGER_PER_JAAR, Ontvangersoort.SIGNALERINGSGROEP,
                Bedrag.euro(750), List.of(new UitgeslotenKosten(Kostensoort.ETEN, "geen consumpties")), doeltoets, klok);

        assertThat(inTransactie(() -> regelingen().voegToeAlsNieuw(groepen))).isTrue();
        assertThat(inTransactie(() -> regelingen().voegToeAlsNieuw(groepen))).isFalse();
        Subsidieregeling gelezen = inTransactie(() -> regelingen().vind(gemeente, groepen.getCode())).orElseThrow();
        assertThat(gelezen.getBudgetsoort()).isEqualTo(Budgetsoort.PER_ONTVANGER_PER_JAAR);
        assertThat(gelezen.getOntvangersoort()).contains(Ontvangersoort.SIGNALERINGSGROEP);
        assertThat(gelezen.getUitgeslotenKosten()).containsExactly(new UitgeslotenKosten(Kostensoort.ETEN, "geen consumpties"));
        assertThat(gelezen.getDoeltoets()).isEqualTo(doeltoets);
        assertThat(Regelingsoort.values()).noneMatch(gelezen::is);

        Initiatief hier = nieuwInitiatief(metGroep);
        Subsidieaanvraag aanvraag = voegToe(eenAanvraag().voor(hier).regeling(gelezen)
                .inKern(KernBouwer.eenKern().metKanaal(KanaalType.SIGNALERINGSGROEP, "Signaleringsgroep"))
                .regel(Kostensoort.MATERIAAL, 200).bouw(klok));
        inTransactie(() -> {
            Subsidieaanvraag geladen = subsidies().vind(aanvraag.getId()).orElseThrow();
            geladen.kenToe(Bedrag.euro(200), List.of(), List.of(new Doeltoetsantwoord("veiligheid", true, "buurtpreventie")),
                    null, gelezen, List.of(), "Jeroen", klok);
            subsidies().reserveer(gelezen.pot(geladen.getKern(), geladen.getJaar()), Bedrag.euro(200));
            return subsidies().bewaar(geladen);
        });
        gelezen.archiveer(klok);
        assertThat(inTransactie(() -> regelingen().bewaar(gelezen)).isGearchiveerd()).isTrue();

        Periode voorjaar2026 = Periode.halfjaarVan(LocalDate.of(2026, 4, 1));
        assertThat(inTransactie(() -> subsidies().tel(new Monitoringbereik(gemeente, Optional.empty(), voorjaar2026))))
                .containsExactly(new Subsidiecijfers(groepen.getCode(), Optional.of(Bedrag.euro(750)), Bedrag.euro(200),
                        Bedrag.NUL));
        assertThat(inTransactie(() -> subsidies().toegekend(gelezen.pot(metGroep.getId(), 2026)))).isEqualTo(Bedrag.euro(200));
    }

    /**
     * 000 §3.2.2: two dorpsbelangenorganisaties in one kern (Beusichem and Lingemeer) each have their
     * own pot under the same conditional update, and monitoring counts each organisation.
     */
    @Test
    void an_allowance_per_organisation_keys_its_pot_by_the_organisation_and_monitoring_counts_each() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern beusichem = inTransactie(() -> kernen().voegToe(KernBouwer.eenKern().genaamd("Kern " + UUID.randomUUID())
                .inGemeente(gemeente.waarde()).zonderDorpsbelangen().metDorpsbelang("Dorpsbelang Beusichem")
                .metDorpsbelang("Vereniging Lingemeer").bouw(klok)));
        nieuweKern(gemeente);
        Subsidieregeling dorpsbelangen = Subsidieregeling.eigen(gemeente, new Regelingcode("dorpsbelangen"),
                "Onkostenvergoeding dorpsbelangen", Budgetsoort.PER_ONTVANGER_PER_JAAR,
                Ontvangersoort.DORPSBELANGENORGANISATIE, Bedrag.euro(375), List.of(), Doeltoets.GEEN, klok);
        inTransactie(() -> regelingen().voegToeAlsNieuw(dorpsbelangen));
        Budgetpot beusichemPot = dorpsbelangen.pot(beusichem.getId(), "Dorpsbelang Beusichem", 2026);
        Budgetpot lingemeerPot = dorpsbelangen.pot(beusichem.getId(), "Vereniging Lingemeer", 2026);

        inTransactie(() -> {
            subsidies().reserveer(beusichemPot, Bedrag.euro(375));
            subsidies().reserveer(lingemeerPot, Bedrag.euro(300));
            return null;
        });
        assertThatThrownBy(() -> inTransactie(() -> {
            subsidies().reserveer(lingemeerPot, Bedrag.euro(100));
            return null;
        })).isInstanceOf(RegelGeschonden.class).hasFieldOrPropertyWithValue("code", "plafond-overschreden");
        assertThat(inTransactie(() -> subsidies().toegekend(beusichemPot))).isEqualTo(Bedrag.euro(375));
        assertThat(inTransactie(() -> subsidies().toegekend(lingemeerPot))).isEqualTo(Bedrag.euro(300));

        Periode voorjaar2026 = Periode.halfjaarVan(LocalDate.of(2026, 4, 1));
        assertThat(inTransactie(() -> subsidies().tel(new Monitoringbereik(gemeente, Optional.empty(), voorjaar2026))))
                .filteredOn(c -> c.regeling().equals(dorpsbelangen.getCode()))
                .extracting(Subsidiecijfers::beschikbaar)
                .containsExactly(Optional.of(Bedrag.euro(375 * 3)));
        assertThat(inTransactie(() -> subsidies().tel(new Monitoringbereik(gemeente, Optional.of(beusichem.getId()),
                voorjaar2026)))).filteredOn(c -> c.regeling().equals(dorpsbelangen.getCode()))
                .extracting(Subsidiecijfers::beschikbaar)
                .containsExactly(Optional.of(Bedrag.euro(750)));
    }
}
