package nl.kernpunt.application.kern.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenBeheerderVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenKernambtenaarVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenMedewerkerVan;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKernambtenaar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.kernpunt.application.gebeurtenis.Gebeurtenis;
import nl.kernpunt.application.gebeurtenis.Gebeurteniscatalogus;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.InMemoryAuditspoor;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.verwijdering.InMemoryVerwijderingen;
import nl.kernpunt.application.gedeeld.verwijdering.Resourcesoort;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijderreden;
import nl.kernpunt.application.gemeente.Instellingen;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;
import nl.kernpunt.application.initiatief.port.out.InMemoryInitiatiefRepository;
import nl.kernpunt.application.initiatief.service.InitiatiefService;
import nl.kernpunt.application.kern.port.in.ArchiveerKernUseCase;
import nl.kernpunt.application.kern.port.in.DraagFunctieOverUseCase;
import nl.kernpunt.application.kern.port.in.MaakKernUseCase;
import nl.kernpunt.application.kern.port.in.StelMaatwerkInUseCase;
import nl.kernpunt.application.kern.port.in.WijzigKernUseCase;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.vraag.port.out.InMemoryVraagRepository;
import nl.kernpunt.application.vraag.service.VraagService;
import nl.kernpunt.application.zaaksysteem.port.out.InMemoryZaakOutbox;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.initiatief.Afspraak;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefGegevens;
import nl.kernpunt.domain.initiatief.Ondersteuning;
import nl.kernpunt.domain.initiatief.Partij;
import nl.kernpunt.domain.initiatief.Vorm;
import nl.kernpunt.domain.kern.Functie;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.Maatwerk;
import nl.kernpunt.domain.testdata.VasteKlok;
import nl.kernpunt.domain.vraag.Antwoordtermijn;
import nl.kernpunt.domain.vraag.Termijnsoort;
import nl.kernpunt.domain.vraag.Vraag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class KernServiceTest {

    private final VasteKlok klok = VasteKlok.op("2026-05-04T10:00:00Z");
    private final InMemoryGemeenteRepository gemeenten = new InMemoryGemeenteRepository();
    private final InMemoryKernRepository kernen = new InMemoryKernRepository();
    private final InMemoryVerwijderingen verwijderingen = new InMemoryVerwijderingen();
    private final InMemoryVraagRepository vragen = new InMemoryVraagRepository();
    private final InMemoryInitiatiefRepository initiatieven = new InMemoryInitiatiefRepository();
    private final InMemoryAuditspoor auditspoor = new InMemoryAuditspoor();
    private final InMemoryZaakOutbox zaakOutbox = new InMemoryZaakOutbox();
    private final KernService service = new KernService(kernen, gemeenten, verwijderingen,
            new VraagService(vragen, kernen, gemeenten, auditspoor, zaakOutbox, klok),
            new InitiatiefService(initiatieven, kernen, gemeenten, auditspoor, zaakOutbox, verwijderingen, klok), auditspoor,
            klok);

    @BeforeEach
    void tweeGemeenten() {
        gemeenten.voegToe(Gemeente.registreer(new Gemeentecode("0214"), "Buren", new Rsin("001000007"), null, klok));
        gemeenten.voegToe(Gemeente.registreer(new Gemeentecode("1960"), "West Betuwe", new Rsin("002220647"), null, klok));
    }

    private Kern maak(Gebruiker door, String naam) {
        return service.maak(new MaakKernUseCase.Command(door, eenKern().genaamd(naam).profiel(),
                eenKernambtenaar("Sanne de Vries"), null)).volledig().orElseThrow();
    }

    @Test
    void a_kern_is_created_in_the_gemeente_of_the_user_who_creates_it() {
        Kern kern = maak(eenKernambtenaarVan("1960"), "Geldermalsen");

        assertThat(kern.getGemeente()).isEqualTo(new Gemeentecode("1960"));
        assertThat(kern.getFunctiehistorie().get(0).overgedragenDoor()).isEqualTo("kernambtenaar 1960");
    }

    @Test
    void a_medewerker_may_read_but_not_create_kernen() {
        assertThatThrownBy(() -> maak(eenMedewerkerVan("0214"), "Zoelen"))
                .isInstanceOf(GeenToegang.class)
                .extracting(f -> ((GeenToegang) f).code()).isEqualTo("rol-ontbreekt");
    }

    @Test
    void a_kern_cannot_be_created_for_an_unregistered_gemeente() {
        assertThatThrownBy(() -> maak(eenBeheerderVan("0797"), "Drunen"))
                .isInstanceOf(RegelGeschonden.class)
                .extracting(f -> ((RegelGeschonden) f).code()).isEqualTo("gemeente-niet-geregistreerd");
    }

    @Test
    void two_kernen_of_one_gemeente_cannot_share_a_name_but_two_gemeenten_can() {
        maak(eenBeheerderVan("0214"), "Rijswijk");

        assertThatThrownBy(() -> maak(eenBeheerderVan("0214"), "rijswijk"))
                .isInstanceOf(RegelGeschonden.class)
                .extracting(f -> ((RegelGeschonden) f).code()).isEqualTo("kern-bestaat-al");
        assertThat(maak(eenBeheerderVan("1960"), "Rijswijk")).isNotNull();
    }

    @Test
    void changing_a_kern_of_another_gemeente_answers_exactly_like_a_missing_kern() {
        Kern burenKern = maak(eenBeheerderVan("0214"), "Ommeren");

        assertThatThrownBy(() -> service.wijzig(new WijzigKernUseCase.Command(eenBeheerderVan("1960"), burenKern.getId(), 0,
                eenKern().genaamd("Overgenomen").profiel())))
                .isInstanceOf(NietGevonden.class)
                .hasMessage("kern " + burenKern.getId() + " bestaat niet");
        assertThat(kernen.vind(burenKern.getId()).orElseThrow().getProfiel().naam()).isEqualTo("Ommeren");
    }

    @Test
    void a_change_based_on_an_old_version_is_refused_and_changes_nothing() {
        Kern kern = maak(eenBeheerderVan("0214"), "Lienden");
        service.wijzig(new WijzigKernUseCase.Command(eenBeheerderVan("0214"), kern.getId(), 0, eenKern().genaamd("Lienden").profiel()));

        assertThatThrownBy(() -> service.wijzig(new WijzigKernUseCase.Command(eenBeheerderVan("0214"), kern.getId(), 0,
                eenKern().genaamd("Overschreven").profiel())))
                .isInstanceOf(VersieVerouderd.class);
        assertThat(kernen.vind(kern.getId()).orElseThrow().getProfiel().naam()).isEqualTo("Lienden");
    }

    @Test
    void only_a_beheerder_appoints_a_kernwethouder_while_a_kernambtenaar_may_hand_over_the_kernambtenaar() {
        Kern kern = maak(eenBeheerderVan("0214"), "Beusichem");

        assertThatThrownBy(() -> service.draagOver(new DraagFunctieOverUseCase.Command(eenKernambtenaarVan("0214"), kern.getId(), 0,
                Functie.KERNWETHOUDER, eenKernambtenaar("Wethouder Nieuw"), null)))
                .isInstanceOf(GeenToegang.class);
        Kern overgedragen = service.draagOver(new DraagFunctieOverUseCase.Command(eenKernambtenaarVan("0214"), kern.getId(), 0,
                Functie.KERNAMBTENAAR, eenKernambtenaar("Ahmed El Idrissi"), "lopende zaken: zie notitie"))
                .volledig().orElseThrow();

        assertThat(overgedragen.getKernambtenaar()).contains(eenKernambtenaar("Ahmed El Idrissi"));
        assertThat(overgedragen.getVersie()).isEqualTo(1);
    }

    /** Issue #15: a handover is an event; its trail line says which function moved, never to or from whom. */
    @Test
    void a_handover_leaves_a_line_on_the_kerns_trail_that_the_catalogue_makes_an_event() {
        Kern kern = maak(eenBeheerderVan("0214"), "Tricht");
        Gebruiker beheerder = eenBeheerderVan("0214");

        service.draagOver(new DraagFunctieOverUseCase.Command(beheerder, kern.getId(), 0,
                Functie.KERNWETHOUDER, eenKernambtenaar("Wethouder Nieuw"), "met dank aan Sanne de Vries"));

        List<Auditregel> regels = auditspoor.van(Auditsoort.KERN, kern.getId().waarde());
        assertThat(regels).singleElement().satisfies(regel -> {
            assertThat(regel.actie()).isEqualTo("functie-overgedragen");
            assertThat(regel.door()).isEqualTo(beheerder.id());
            assertThat(regel.gegevens()).isEqualTo(Map.of("functie", "kernwethouder"));
            assertThat(regel.toString()).doesNotContain("Wethouder Nieuw", "Sanne", beheerder.naam());
        });
        Gebeurtenis gebeurtenis = Gebeurteniscatalogus.uit(regels.get(0)).orElseThrow();
        assertThat(gebeurtenis.type()).isEqualTo("nl.kernpunt.kern.functie-overgedragen");
        assertThat(gebeurtenis.subject()).isEqualTo(kern.getId().waarde());
        assertThat(gebeurtenis.dataref()).isEqualTo("/kernen/" + kern.getId().waarde());
        assertThat(gebeurtenis.data()).isEqualTo(Map.of("functie", "kernwethouder"));
    }

    /**
     * 001: nothing is lost at a handover. The kern's open questions, the predecessor's open agreements
     * and the silent initiatives go to the successor in the handover itself, each with its audit line.
     */
    @Test
    void at_a_kernambtenaar_handover_the_open_work_of_the_kern_goes_to_the_successor() {
        Kern kern = maak(eenBeheerderVan("0214"), "Erichem");
        Kern andere = maak(eenBeheerderVan("0214"), "Asch");
        Vraag open = vragen.voegToe(vraag(kern));
        Vraag gesloten = vraag(kern);
        gesloten.sluit("dubbel", "x", klok);
        gesloten = vragen.voegToe(gesloten);
        Vraag elders = vragen.voegToe(vraag(andere));
        Initiatief stil = Initiatief.dienIn(kern.getGemeente(), kern.getId(), gegevens(), "x", klok);
        Afspraak vanVoorganger = stil.maakAfspraak("Borden plaatsen", Partij.GEMEENTE, "sanne de vries",
                LocalDate.of(2026, 7, 1), klok);
        Afspraak vanAnderen = stil.maakAfspraak("Opruimen", Partij.INITIATIEFNEMERS, "Jan de Boer",
                LocalDate.of(2026, 7, 1), klok);
        initiatieven.voegToe(stil);
        klok.verzet(Duration.ofDays(29));
        Initiatief levend = initiatieven.voegToe(Initiatief.dienIn(kern.getGemeente(), kern.getId(), gegevens(), "x", klok));
        Contactpersoon opvolger = eenKernambtenaar("Ruud Jansen");

        service.draagOver(new DraagFunctieOverUseCase.Command(eenBeheerderVan("0214"), kern.getId(), 0,
                Functie.KERNAMBTENAAR, opvolger, null));

        assertThat(vragen.vind(open.getId()).orElseThrow().getKernambtenaar()).contains(opvolger);
        assertThat(vragen.vind(gesloten.getId()).orElseThrow().getKernambtenaar()).contains(eenKernambtenaar("Sanne de Vries"));
        assertThat(vragen.vind(elders.getId()).orElseThrow().getKernambtenaar()).contains(eenKernambtenaar("Sanne de Vries"));
        assertThat(auditspoor.van(Auditsoort.VRAAG, open.getId().waarde())).extracting(Auditregel::actie, Auditregel::gegevens)
                .contains(tuple("kernambtenaar-overgedragen", Map.of("functie", "kernambtenaar")));

        Initiatief nu = initiatieven.vind(stil.getId()).orElseThrow();
        assertThat(nu.getAfspraak(vanVoorganger.id()).orElseThrow().verantwoordelijke()).isEqualTo("Ruud Jansen");
        assertThat(nu.getAfspraak(vanAnderen.id()).orElseThrow().verantwoordelijke()).isEqualTo("Jan de Boer");
        assertThat(nu.getAfspraken()).hasSize(3).last().extracting(Afspraak::verantwoordelijke).isEqualTo("Ruud Jansen");
        assertThat(auditspoor.van(Auditsoort.INITIATIEF, stil.getId().waarde())).extracting(Auditregel::actie)
                .containsExactly("afspraak-overgedragen", "afspraak-gemaakt");
        assertThat(initiatieven.vind(levend.getId()).orElseThrow().getAfspraken()).isEmpty();
    }

    @Test
    void only_a_beheerder_gives_a_kern_its_own_answer_term_and_questions_there_get_it() {
        Kern zoelen = maak(eenBeheerderVan("0214"), "Zoelen");
        Kern elders = maak(eenBeheerderVan("0214"), "Ommeren");
        StelMaatwerkInUseCase.Command drieDagen = new StelMaatwerkInUseCase.Command(eenKernambtenaarVan("0214"),
                zoelen.getId(), 0, new Maatwerk(3, null, null));
        assertThatThrownBy(() -> service.stelIn(drieDagen)).isInstanceOf(GeenToegang.class);

        Kern ingesteld = service.stelIn(new StelMaatwerkInUseCase.Command(eenBeheerderVan("0214"), zoelen.getId(), 0,
                new Maatwerk(3, null, null))).volledig().orElseThrow();

        assertThat(ingesteld.getMaatwerk().antwoordtermijnDagen()).isEqualTo(3);
        assertThat(Instellingen.antwoordtermijn(gemeenten, ingesteld)).isEqualTo(new Antwoordtermijn(3, Termijnsoort.KALENDERDAGEN));
        assertThat(Instellingen.antwoordtermijn(gemeenten, elders)).isEqualTo(Antwoordtermijn.EEN_WEEK);
    }

    @Test
    void a_kernwethouder_handover_moves_no_work() {
        Kern kern = maak(eenBeheerderVan("0214"), "Rijswijk");
        Vraag open = vragen.voegToe(vraag(kern));

        service.draagOver(new DraagFunctieOverUseCase.Command(eenBeheerderVan("0214"), kern.getId(), 0,
                Functie.KERNWETHOUDER, eenKernambtenaar("Wethouder Nieuw"), null));

        assertThat(vragen.vind(open.getId()).orElseThrow().getKernambtenaar()).contains(eenKernambtenaar("Sanne de Vries"));
        assertThat(auditspoor.van(Auditsoort.VRAAG, open.getId().waarde())).isEmpty();
    }

    private Vraag vraag(Kern kern) {
        return Vraag.ontvang(kern.getGemeente(), kern.getId(), "Lantaarnpaal kapot", "Bij nummer 12.",
                new Contactpersoon("Mevrouw Van Rijn", null, null), klok.instant(), kern.getKernambtenaar().orElseThrow(),
                Antwoordtermijn.EEN_WEEK, "x", klok);
    }

    private static InitiatiefGegevens gegevens() {
        return new InitiatiefGegevens("Schone containerplek", "Bewoners willen het afval aanpakken.",
                new Vorm(false, false, false), Set.of(Ondersteuning.KENNIS),
                List.of(new Contactpersoon("Jan de Boer", null, null)), null);
    }

    @Test
    void only_a_beheerder_archives_and_an_archived_kern_stays_readable() {
        Kern kern = maak(eenBeheerderVan("0214"), "Lingemeer");

        assertThatThrownBy(() -> service.archiveer(new ArchiveerKernUseCase.Command(eenKernambtenaarVan("0214"), kern.getId(), 0)))
                .isInstanceOf(GeenToegang.class);
        service.archiveer(new ArchiveerKernUseCase.Command(eenBeheerderVan("0214"), kern.getId(), 0));

        assertThat(new KernQueryService(kernen, gemeenten).lees(kern.getId(), Optional.empty()).openbaar().gearchiveerd()).isTrue();
        assertThat(verwijderingen.alle()).singleElement().satisfies(v -> {
            assertThat(v.soort()).isEqualTo(Resourcesoort.KERN);
            assertThat(v.resource()).isEqualTo(kern.getId().waarde());
            assertThat(v.reden()).isEqualTo(Verwijderreden.GEARCHIVEERD);
        });
    }
}
