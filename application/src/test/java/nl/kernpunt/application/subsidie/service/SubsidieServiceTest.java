package nl.kernpunt.application.subsidie.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenBeheerderVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenKernambtenaarVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenMedewerkerVan;
import static nl.kernpunt.domain.testdata.AanvraagBouwer.alleCriteriaVoldaan;
import static nl.kernpunt.domain.testdata.InitiatiefBouwer.eenInitiatief;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.InMemoryAuditspoor;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;
import nl.kernpunt.application.initiatief.port.out.InMemoryInitiatiefRepository;
import nl.kernpunt.application.initiatief.service.InitiatiefService;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.subsidie.port.in.BetaalSubsidieUitUseCase;
import nl.kernpunt.application.subsidie.port.in.Budgetstand;
import nl.kernpunt.application.subsidie.port.in.KenSubsidieToeUseCase;
import nl.kernpunt.application.subsidie.port.in.VraagSubsidieAanUseCase;
import nl.kernpunt.application.subsidie.port.in.WijzigSubsidieregelingUseCase;
import nl.kernpunt.application.subsidie.port.out.InMemorySubsidieRepository;
import nl.kernpunt.application.subsidie.port.out.InMemorySubsidieregelingRepository;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.Maatwerk;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Begrotingsregel;
import nl.kernpunt.domain.subsidie.Collegebesluit;
import nl.kernpunt.domain.subsidie.Doelcriterium;
import nl.kernpunt.domain.subsidie.Doeltoets;
import nl.kernpunt.domain.subsidie.Doeltoetsantwoord;
import nl.kernpunt.domain.subsidie.Kostensoort;
import nl.kernpunt.domain.subsidie.Budgetsoort;
import nl.kernpunt.domain.subsidie.Ontvangersoort;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.UitgeslotenKosten;
import nl.kernpunt.domain.kern.KanaalType;
import nl.kernpunt.application.subsidie.port.in.ArchiveerSubsidieregelingUseCase;
import nl.kernpunt.application.subsidie.port.in.GelezenSubsidieregeling;
import nl.kernpunt.application.subsidie.port.in.LegSubsidieregelingAanUseCase;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Subsidieaanvraag;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class SubsidieServiceTest {

    private final VasteKlok klok = VasteKlok.op("2026-05-04T10:00:00Z");
    private final InMemoryKernRepository kernen = new InMemoryKernRepository();
    private final InMemoryInitiatiefRepository initiatieven = new InMemoryInitiatiefRepository();
    private final InMemorySubsidieregelingRepository regelingen = new InMemorySubsidieregelingRepository();
    private final InMemorySubsidieRepository subsidies = new InMemorySubsidieRepository(regelingen, kernen);
    private final InMemoryAuditspoor auditspoor = new InMemoryAuditspoor();
    private final InMemoryGemeenteRepository gemeenten = new InMemoryGemeenteRepository();
    private final SubsidieService service = new SubsidieService(subsidies, regelingen, gemeenten, kernen, initiatieven, auditspoor, klok);
    private final SubsidieQueryService query = new SubsidieQueryService(subsidies, regelingen, gemeenten, initiatieven, kernen, klok);
    private final Kern kern = kernen.voegToe(eenKern().genaamd("Zoelen").bouw(klok));
    private final Initiatief initiatief = initiatieven.voegToe(eenInitiatief().inKern(kern).bouw(klok));

    SubsidieServiceTest() {
        gemeenten.voegToe(Gemeente.registreer(new Gemeentecode("0214"), "Buren", new Rsin("001000007"), null, klok));
    }

    private Subsidieaanvraag vraagAan(Regelingcode regeling, long euro) {
        return service.vraagAan(new VraagSubsidieAanUseCase.Command(eenMedewerkerVan("0214"), initiatief.getId(),
                regeling, null, "Een middag samen klussen.",
                List.of(new Begrotingsregel("Materiaal", Kostensoort.MATERIAAL, Bedrag.euro(euro))), null)).aanvraag();
    }

    private Subsidieaanvraag kenToe(Gebruiker door, Subsidieaanvraag aanvraag, long euro, Collegebesluit besluit) {
        return service.kenToe(new KenSubsidieToeUseCase.Command(door, aanvraag.getId(), aanvraag.getVersie(),
                Bedrag.euro(euro), aanvraag.getRegeling().equals(Regelingsoort.LEEFBAARHEIDSBUDGET.code()) ? alleCriteriaVoldaan()
                : List.of(), List.of(), besluit)).aanvraag();
    }

    @Test
    void an_application_takes_its_kern_from_the_initiative_and_this_year_as_its_budget_year() {
        Subsidieaanvraag aanvraag = vraagAan(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), 500);

        assertThat(aanvraag.getKern()).isEqualTo(kern.getId());
        assertThat(aanvraag.getJaar()).isEqualTo(2026);
        assertThat(query.regelingen(eenMedewerkerVan("0214"))).hasSize(3);
    }

    @Test
    void the_budget_year_is_last_this_or_next_year() {
        assertThatThrownBy(() -> service.vraagAan(new VraagSubsidieAanUseCase.Command(eenMedewerkerVan("0214"),
                initiatief.getId(), Regelingsoort.LEEFBAARHEIDSBUDGET.code(), 2028, "Te vroeg",
                List.of(new Begrotingsregel("Materiaal", Kostensoort.MATERIAAL, Bedrag.euro(5))), null)))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "jaar");
    }

    @Test
    void a_closed_initiative_takes_no_new_applications() {
        Initiatief geladen = initiatieven.vind(initiatief.getId()).orElseThrow();
        geladen.gaNaar(InitiatiefStatus.INGETROKKEN, null, "Sanne", klok);
        initiatieven.bewaar(geladen);

        assertThatThrownBy(() -> vraagAan(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), 500))
                .isInstanceOf(RegelGeschonden.class).hasFieldOrPropertyWithValue("code", "initiatief-afgesloten");
    }

    @Test
    void a_grant_that_would_pass_the_cap_is_refused_and_the_application_stays_undecided() {
        Subsidieaanvraag groot = vraagAan(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), 1800);
        Subsidieaanvraag tweede = vraagAan(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), 300);
        kenToe(eenKernambtenaarVan("0214"), groot, 1800, null);

        assertThatThrownBy(() -> kenToe(eenKernambtenaarVan("0214"), tweede, 300, null))
                .hasFieldOrPropertyWithValue("code", "plafond-overschreden");
        assertThat(query.lees(tweede.getId(), eenMedewerkerVan("0214")).aanvraag().getStatus().name()).isEqualTo("INGEDIEND");
        assertThat(query.budget(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), null, kern.getId(), eenMedewerkerVan("0214"))
                .resterend()).contains(Bedrag.euro(200));
    }

    /** 000 "niet iedere kern is hetzelfde": a kern's own leefbaarheidsbudget is its pot's cap, in grants and remaining budget. */
    @Test
    void a_kerns_own_leefbaarheidsbudget_replaces_the_schemes_amount_as_its_cap() {
        Kern eigen = kernen.vind(kern.getId()).orElseThrow();
        eigen.stelMaatwerkIn(new Maatwerk(null, null, Bedrag.euro(2500)), klok);
        kernen.bewaar(eigen);
        Subsidieaanvraag groot = vraagAan(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), 2200);
        Subsidieaanvraag tweede = vraagAan(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), 301);

        assertThat(kenToe(eenKernambtenaarVan("0214"), groot, 2200, null).getStatus().name()).isEqualTo("TOEGEKEND");
        assertThatThrownBy(() -> kenToe(eenKernambtenaarVan("0214"), tweede, 301, null))
                .hasFieldOrPropertyWithValue("code", "plafond-overschreden");
        Budgetstand stand = query.budget(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), null, kern.getId(), eenMedewerkerVan("0214"));
        assertThat(stand.pot().getPlafond()).contains(Bedrag.euro(2500));
        assertThat(stand.resterend()).contains(Bedrag.euro(300));
    }

    @Test
    void deciding_is_for_the_kernambtenaar_or_beheerder_and_bijzondere_initiatieven_only_for_the_beheerder() {
        Subsidieaanvraag leefbaarheid = vraagAan(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), 500);
        Subsidieaanvraag bijzonder = vraagAan(Regelingsoort.BIJZONDERE_INITIATIEVEN.code(), 500);
        Collegebesluit besluit = new Collegebesluit("B&W 2026-114", LocalDate.of(2026, 4, 28));

        assertThatThrownBy(() -> kenToe(eenMedewerkerVan("0214"), leefbaarheid, 500, null))
                .isInstanceOf(GeenToegang.class);
        assertThatThrownBy(() -> kenToe(eenKernambtenaarVan("0214"), bijzonder, 500, besluit))
                .isInstanceOf(GeenToegang.class);
        assertThatThrownBy(() -> kenToe(eenBeheerderVan("1960"), bijzonder, 500, besluit))
                .isInstanceOf(NietGevonden.class);
        assertThat(kenToe(eenBeheerderVan("0214"), bijzonder, 500, besluit).getStatus().name()).isEqualTo("TOEGEKEND");
    }

    /** A token may name a gemeente that never registered: it reads Buren's defaults, and nothing is stored. */
    @Test
    void a_gemeente_that_never_registered_reads_the_default_schemes_and_cannot_change_them() {
        Gebruiker beheerder = eenBeheerderVan("9999");

        assertThat(query.regelingen(beheerder)).extracting(r -> r.regeling().getCode())
                .containsExactly(Arrays.stream(Regelingsoort.values()).map(Regelingsoort::code).toArray(Regelingcode[]::new));
        assertThat(regelingen.van(new Gemeentecode("9999"))).isEmpty();
        assertThatThrownBy(() -> service.wijzig(new WijzigSubsidieregelingUseCase.Command(beheerder,
                Regelingsoort.LEEFBAARHEIDSBUDGET.code(), 0, "Leefbaarheid", Bedrag.euro(100), Doeltoets.GEEN)))
                .isInstanceOf(RegelGeschonden.class)
                .hasMessageContaining("nog niet geregistreerd");
        assertThat(regelingen.van(new Gemeentecode("9999"))).isEmpty();
    }

    @Test
    void every_change_to_an_application_leaves_an_audit_line_on_its_initiative() {
        Subsidieaanvraag aanvraag = vraagAan(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), 500);
        Subsidieaanvraag toegekend = kenToe(eenKernambtenaarVan("0214"), aanvraag, 450, null);
        service.betaalUit(new BetaalSubsidieUitUseCase.Command(eenBeheerderVan("0214"), aanvraag.getId(),
                toegekend.getVersie()));

        List<Auditregel> regels = auditspoor.van(Auditsoort.INITIATIEF, initiatief.getId().waarde());
        assertThat(regels).extracting(Auditregel::actie)
                .containsExactly("subsidie-aangevraagd", "subsidie-toegekend", "subsidie-uitbetaald");
        assertThat(regels).allSatisfy(r -> assertThat(r.gegevens()).containsEntry("aanvraag", aanvraag.getId().toString()));
        assertThat(regels.get(1).gegevens()).containsEntry("bedrag", "450.00").containsEntry("regeling",
                "leefbaarheidsbudget");
        assertThat(regels.get(1).door()).isEqualTo("kernambtenaar-0214");
    }

    @Test
    void a_beheerder_changes_a_schemes_cap_with_the_version_read_and_the_change_is_audited() {
        Gebruiker beheerder = eenBeheerderVan("0214");
        WijzigSubsidieregelingUseCase.Command wijziging = new WijzigSubsidieregelingUseCase.Command(beheerder,
                Regelingsoort.LEEFBAARHEIDSBUDGET.code(), 0, "Leefbaarheidsbudget", Bedrag.euro(2500), Doeltoets.GEEN);

        assertThatThrownBy(() -> service.wijzig(new WijzigSubsidieregelingUseCase.Command(eenKernambtenaarVan("0214"),
                Regelingsoort.LEEFBAARHEIDSBUDGET.code(), 0, "x", Bedrag.euro(1), Doeltoets.GEEN))).isInstanceOf(GeenToegang.class);
        var gewijzigd = service.wijzig(wijziging).regeling();
        assertThat(gewijzigd.getBedrag()).isEqualTo(Bedrag.euro(2500));
        assertThat(auditspoor.van(Auditsoort.SUBSIDIEREGELING, gewijzigd.getId())).extracting(Auditregel::actie)
                .containsExactly("regeling-gewijzigd");
        assertThatThrownBy(() -> service.wijzig(wijziging)).isInstanceOf(VersieVerouderd.class);
        assertThat(query.budget(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), 2026, kern.getId(), beheerder).resterend())
                .contains(Bedrag.euro(2500));
    }

    @Test
    void a_purpose_test_the_beheerder_sets_applies_to_the_next_decision_and_its_answers_are_kept() {
        Gebruiker beheerder = eenBeheerderVan("0214");
        Doeltoets doeltoets = new Doeltoets(List.of(new Doelcriterium("hele-kern", "Ten goede aan de hele kern")));
        var regeling = service.wijzig(new WijzigSubsidieregelingUseCase.Command(beheerder,
                Regelingsoort.BIJZONDERE_INITIATIEVEN.code(), 0, "Bijzondere initiatieven", Bedrag.euro(5000), doeltoets)).regeling();
        assertThat(auditspoor.van(Auditsoort.SUBSIDIEREGELING, regeling.getId()).get(0).gegevens())
                .containsEntry("doeltoets", "hele-kern");
        Subsidieaanvraag aanvraag = vraagAan(Regelingsoort.BIJZONDERE_INITIATIEVEN.code(), 800);
        Collegebesluit besluit = new Collegebesluit("B&W 2026-12", LocalDate.of(2026, 5, 1));

        assertThatThrownBy(() -> kenToe(beheerder, aanvraag, 800, besluit)).isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("code", "doeltoets-onvolledig");
        List<Doeltoetsantwoord> antwoorden = List.of(new Doeltoetsantwoord("hele-kern", true, "Het dorpshuis is van allen"));
        Subsidieaanvraag toegekend = service.kenToe(new KenSubsidieToeUseCase.Command(beheerder, aanvraag.getId(),
                aanvraag.getVersie(), Bedrag.euro(800), List.of(), antwoorden, besluit)).aanvraag();

        assertThat(toegekend.getDoeltoets()).isEqualTo(antwoorden);
        assertThat(subsidies.vind(aanvraag.getId()).orElseThrow().getDoeltoets()).isEqualTo(antwoorden);
    }

    private GelezenSubsidieregeling legAan(String code, Ontvangersoort ontvanger, long euro, UitgeslotenKosten... uitgesloten) {
        return service.legAan(new LegSubsidieregelingAanUseCase.Command(eenBeheerderVan("0214"), new Regelingcode(code),
                "Toelage " + code, Budgetsoort.PER_ONTVANGER_PER_JAAR, ontvanger, Bedrag.euro(euro), List.of(uitgesloten),
                Doeltoets.GEEN));
    }

    private Subsidieaanvraag vraagAan(Initiatief voor, String regeling, Kostensoort kostensoort, long euro) {
        return service.vraagAan(new VraagSubsidieAanUseCase.Command(eenMedewerkerVan("0214"), voor.getId(),
                new Regelingcode(regeling), null, "Declaratie",
                List.of(new Begrotingsregel("Kosten", kostensoort, Bedrag.euro(euro))), null)).aanvraag();
    }

    /** 000 §3.2.2: the dorpsbelangenorganisaties' 375 EUR a year is each one's, also two in one kern. */
    @Test
    void a_beheerder_adds_an_allowance_per_organisation_whose_cap_holds_per_organisation_and_year() {
        assertThatThrownBy(() -> service.legAan(new LegSubsidieregelingAanUseCase.Command(eenKernambtenaarVan("0214"),
                new Regelingcode("dorpsbelangen"), "x", Budgetsoort.VAST_BEDRAG, null, Bedrag.euro(1), List.of(),
                Doeltoets.GEEN))).isInstanceOf(GeenToegang.class);
        var regeling = legAan("dorpsbelangen", Ontvangersoort.DORPSBELANGENORGANISATIE, 375).regeling();
        assertThat(auditspoor.van(Auditsoort.SUBSIDIEREGELING, regeling.getId())).extracting(Auditregel::actie)
                .containsExactly("regeling-aangelegd");
        assertThatThrownBy(() -> legAan("dorpsbelangen", Ontvangersoort.DORPSBELANGENORGANISATIE, 375))
                .hasFieldOrPropertyWithValue("code", "regeling-bestaat-al");
        assertThatThrownBy(() -> legAan("leefbaarheidsbudget", Ontvangersoort.DORPSBELANGENORGANISATIE, 375))
                .hasFieldOrPropertyWithValue("code", "regeling-bestaat-al");
        assertThat(query.regelingen(eenMedewerkerVan("0214"))).hasSize(4);

        String ravenswaaij = "Stichting Dorpsraad Ravenswaaij";
        Subsidieaanvraag eerste = vraagAan(initiatief, "dorpsbelangen", ravenswaaij, 300);
        Subsidieaanvraag tweede = vraagAan(initiatief, "dorpsbelangen", ravenswaaij, 100);
        Kern beusichem = kernen.voegToe(eenKern().genaamd("Beusichem").zonderDorpsbelangen()
                .metDorpsbelang("Dorpsbelang Beusichem").metDorpsbelang("Vereniging Lingemeer").bouw(klok));
        Initiatief inBeusichem = initiatieven.voegToe(eenInitiatief().inKern(beusichem).bouw(klok));
        Subsidieaanvraag beusichemZelf = vraagAan(inBeusichem, "dorpsbelangen", "dorpsbelang beusichem", 375);
        Subsidieaanvraag lingemeer = vraagAan(inBeusichem, "dorpsbelangen", "Vereniging Lingemeer", 375);
        assertThat(lingemeer.getOntvanger()).contains("Vereniging Lingemeer");
        kenToe(eenKernambtenaarVan("0214"), eerste, 300, null);

        assertThatThrownBy(() -> kenToe(eenKernambtenaarVan("0214"), tweede, 100, null))
                .hasFieldOrPropertyWithValue("code", "plafond-overschreden");
        assertThat(kenToe(eenKernambtenaarVan("0214"), beusichemZelf, 375, null).getStatus().name()).isEqualTo("TOEGEKEND");
        assertThat(kenToe(eenKernambtenaarVan("0214"), lingemeer, 375, null).getStatus().name()).isEqualTo("TOEGEKEND");
        assertThat(query.budget(new Regelingcode("dorpsbelangen"), 2026, kern.getId(), ravenswaaij, eenMedewerkerVan("0214"))
                .resterend()).contains(Bedrag.euro(75));
        assertThat(query.budget(new Regelingcode("dorpsbelangen"), 2026, beusichem.getId(), "VERENIGING LINGEMEER",
                eenMedewerkerVan("0214")).resterend()).contains(Bedrag.euro(0));
        assertThatThrownBy(() -> query.budget(new Regelingcode("dorpsbelangen"), 2026, null, eenMedewerkerVan("0214")))
                .hasFieldOrPropertyWithValue("veld", "kern");
        assertThatThrownBy(() -> query.budget(new Regelingcode("dorpsbelangen"), 2026, kern.getId(), eenMedewerkerVan("0214")))
                .hasFieldOrPropertyWithValue("veld", "ontvanger");
        assertThatThrownBy(() -> vraagAan(inBeusichem, "dorpsbelangen", "Dorpsbelang Zoelen", 10))
                .hasFieldOrPropertyWithValue("code", "ontvanger-onbekend").hasFieldOrPropertyWithValue("veld", "ontvanger");
    }

    private Subsidieaanvraag vraagAan(Initiatief voor, String regeling, String ontvanger, long euro) {
        return service.vraagAan(new VraagSubsidieAanUseCase.Command(eenMedewerkerVan("0214"), voor.getId(),
                new Regelingcode(regeling), null, ontvanger, "Onkostenvergoeding",
                List.of(new Begrotingsregel("Kosten", Kostensoort.COMMUNICATIE, Bedrag.euro(euro))), null)).aanvraag();
    }

    /** 004 D4: the volunteer coordinator is one function of the gemeente, with one pot a year whatever the kern. */
    @Test
    void the_volunteer_coordinators_allowance_has_one_pot_for_the_gemeente_and_refuses_an_excluded_cost_kind() {
        legAan("vrijwilligerscoordinator", Ontvangersoort.VRIJWILLIGERSCOORDINATOR, 750,
                new UitgeslotenKosten(Kostensoort.HUUR, "de gemeente stelt ruimte beschikbaar"));
        Kern andere = kernen.voegToe(eenKern().genaamd("Beusichem").bouw(klok));
        Subsidieaanvraag hier = vraagAan(initiatief, "vrijwilligerscoordinator", Kostensoort.COMMUNICATIE, 500);
        Subsidieaanvraag daar = vraagAan(initiatieven.voegToe(eenInitiatief().inKern(andere).bouw(klok)),
                "vrijwilligerscoordinator", Kostensoort.ORGANISATIE, 300);
        kenToe(eenKernambtenaarVan("0214"), hier, 500, null);

        assertThatThrownBy(() -> kenToe(eenKernambtenaarVan("0214"), daar, 300, null))
                .hasFieldOrPropertyWithValue("code", "plafond-overschreden");
        assertThatThrownBy(() -> vraagAan(initiatief, "vrijwilligerscoordinator", Kostensoort.HUUR, 50))
                .isInstanceOf(RegelGeschonden.class).hasFieldOrPropertyWithValue("code", "kostensoort-uitgesloten");
        assertThat(query.budget(new Regelingcode("vrijwilligerscoordinator"), null, null, eenMedewerkerVan("0214"))
                .resterend()).contains(Bedrag.euro(250));
    }

    /** 000 §3.2.3: a signaleringsgroep's allowance needs the group in its kern's register. */
    @Test
    void a_signaleringsgroep_allowance_needs_the_group_in_the_register_and_an_archived_scheme_takes_no_applications() {
        var regeling = legAan("signaleringsgroepen", Ontvangersoort.SIGNALERINGSGROEP, 750).regeling();

        assertThatThrownBy(() -> vraagAan(initiatief, "signaleringsgroepen", Kostensoort.MATERIAAL, 100))
                .hasFieldOrPropertyWithValue("code", "ontvanger-onbekend");
        assertThatThrownBy(() -> vraagAan(initiatief, "onbekend", Kostensoort.MATERIAAL, 100))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("code", "regeling-onbekend");
        Kern metGroep = kernen.voegToe(eenKern().genaamd("Zoelmond")
                .metKanaal(KanaalType.SIGNALERINGSGROEP, "Signaleringsgroep Zoelmond").bouw(klok));
        Initiatief daar = initiatieven.voegToe(eenInitiatief().inKern(metGroep).bouw(klok));
        Subsidieaanvraag aanvraag = vraagAan(daar, "signaleringsgroepen", Kostensoort.MATERIAAL, 100);

        var gearchiveerd = service.archiveer(new ArchiveerSubsidieregelingUseCase.Command(eenBeheerderVan("0214"),
                regeling.getCode(), regeling.getVersie())).regeling();
        assertThat(gearchiveerd.isGearchiveerd()).isTrue();
        assertThatThrownBy(() -> vraagAan(daar, "signaleringsgroepen", Kostensoort.MATERIAAL, 100))
                .hasFieldOrPropertyWithValue("code", "regeling-gearchiveerd");
        assertThat(kenToe(eenKernambtenaarVan("0214"), aanvraag, 100, null).getStatus().name()).isEqualTo("TOEGEKEND");
        assertThat(auditspoor.van(Auditsoort.SUBSIDIEREGELING, regeling.getId())).extracting(Auditregel::actie)
                .containsExactly("regeling-aangelegd", "regeling-gearchiveerd");
    }
}
