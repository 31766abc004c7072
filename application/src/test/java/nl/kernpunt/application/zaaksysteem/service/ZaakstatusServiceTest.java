package nl.kernpunt.application.zaaksysteem.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenKernambtenaarVan;
import static nl.kernpunt.domain.testdata.InitiatiefBouwer.eenInitiatief;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.InMemoryAuditspoor;
import nl.kernpunt.application.gedeeld.verwijdering.InMemoryVerwijderingen;
import nl.kernpunt.application.gedeeld.verwijdering.Resourcesoort;
import nl.kernpunt.application.gedeeld.verwijdering.Verwijderreden;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;
import nl.kernpunt.application.initiatief.port.in.DienInitiatiefInUseCase;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.initiatief.port.in.VoerStatusovergangUitUseCase;
import nl.kernpunt.application.initiatief.port.out.InMemoryInitiatiefRepository;
import nl.kernpunt.application.initiatief.service.InitiatiefService;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.vraag.port.in.GelezenVraag;
import nl.kernpunt.application.vraag.port.in.RegistreerVraagUseCase;
import nl.kernpunt.application.vraag.port.out.InMemoryVraagRepository;
import nl.kernpunt.application.vraag.service.VraagService;
import nl.kernpunt.application.zaaksysteem.Zaakidentificatie;
import nl.kernpunt.application.zaaksysteem.Zaaksoort;
import nl.kernpunt.application.zaaksysteem.Zaakstand;
import nl.kernpunt.application.zaaksysteem.port.out.InMemoryZaakConflicten;
import nl.kernpunt.application.zaaksysteem.port.out.InMemoryZaakNotificaties;
import nl.kernpunt.application.zaaksysteem.port.out.InMemoryZaakOutbox;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.testdata.VasteKlok;
import nl.kernpunt.domain.vraag.VraagStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ZaakstatusServiceTest {

    private static final Gemeentecode BUREN = new Gemeentecode("0214");

    private final VasteKlok klok = VasteKlok.op("2026-05-04T10:00:00Z");
    private final InMemoryGemeenteRepository gemeenten = new InMemoryGemeenteRepository();
    private final InMemoryKernRepository kernen = new InMemoryKernRepository();
    private final InMemoryInitiatiefRepository initiatieven = new InMemoryInitiatiefRepository();
    private final InMemoryAuditspoor auditspoor = new InMemoryAuditspoor();
    private final InMemoryZaakOutbox outbox = new InMemoryZaakOutbox();
    private final InMemoryZaakConflicten conflicten = new InMemoryZaakConflicten();
    private final InMemoryVerwijderingen verwijderingen = new InMemoryVerwijderingen();
    private final InitiatiefService initiatiefService = new InitiatiefService(initiatieven, kernen, gemeenten,
            auditspoor, outbox, verwijderingen, klok);
    private final InMemoryVraagRepository vragen = new InMemoryVraagRepository();
    private final VraagService vraagService = new VraagService(vragen, kernen, gemeenten, auditspoor, outbox, klok);
    private final ZaakstatusService service = new ZaakstatusService(initiatieven, vragen, conflicten,
            new InMemoryZaakNotificaties(), auditspoor, verwijderingen, klok);
    private GelezenInitiatief initiatief;
    private Kern kern;

    @BeforeEach
    void eenIngediendInitiatief() {
        gemeenten.voegToe(Gemeente.registreer(BUREN, "Buren", new Rsin("001000007"), null, klok));
        kern = kernen.voegToe(eenKern().genaamd("Zoelen").bouw(klok));
        initiatief = initiatiefService.dienIn(new DienInitiatiefInUseCase.Command(eenKernambtenaarVan("0214"),
                kern.getId(), eenInitiatief().inKern(kern).gegevens()));
    }

    private Zaakstand uitJoin(String status) {
        return new Zaakstand(Zaakidentificatie.van(Zaaksoort.INITIATIEF, initiatief.initiatief().getId().waarde()),
                "https://join.example.nl/zaken/api/v1/zaken/1", status, "https://join.example.nl/st/" + status,
                "gezet in Join", klok.instant());
    }

    private InitiatiefStatus huidigeStatus() {
        return initiatieven.vind(initiatief.initiatief().getId()).orElseThrow().getStatus();
    }

    @Test
    void a_status_set_in_join_goes_through_our_rules_and_is_audited_without_an_opdracht_back() {
        int opdrachtenVooraf = outbox.opdrachten().size();

        assertThat(service.pasToe(BUREN, uitJoin("in-behandeling"))).isEqualTo(ZaakstatusService.Uitkomst.TOEGEPAST);

        assertThat(huidigeStatus()).isEqualTo(InitiatiefStatus.IN_BEHANDELING);
        assertThat(auditspoor.van("initiatief", initiatief.initiatief().getId().waarde()))
                .last().extracting(Auditregel::door, Auditregel::actie).containsExactly("zaaksysteem", "status-gewijzigd");
        assertThat(outbox.opdrachten()).hasSize(opdrachtenVooraf);
    }

    @Test
    void a_withdrawal_set_in_join_leaves_the_same_tombstone_as_ours_and_other_moves_leave_none() {
        service.pasToe(BUREN, uitJoin("in-behandeling"));
        assertThat(verwijderingen.alle()).isEmpty();

        assertThat(service.pasToe(BUREN, uitJoin("ingetrokken"))).isEqualTo(ZaakstatusService.Uitkomst.TOEGEPAST);

        var ingetrokken = initiatieven.vind(initiatief.initiatief().getId()).orElseThrow();
        assertThat(verwijderingen.alle()).singleElement().satisfies(v -> {
            assertThat(v.gemeente()).isEqualTo(BUREN);
            assertThat(v.soort()).isEqualTo(Resourcesoort.INITIATIEF);
            assertThat(v.resource()).isEqualTo(ingetrokken.getId().waarde());
            assertThat(v.reden()).isEqualTo(Verwijderreden.INGETROKKEN);
            assertThat(v.op()).isEqualTo(ingetrokken.getGewijzigdOp());
        });
        assertThat(service.pasToe(BUREN, uitJoin("ingetrokken"))).isEqualTo(ZaakstatusService.Uitkomst.AL_BEKEND);
        assertThat(verwijderingen.alle()).hasSize(1);
    }

    @Test
    void a_transition_our_rules_refuse_is_kept_as_an_open_conflict_with_the_rules_code() {
        assertThat(service.pasToe(BUREN, uitJoin("afgerond"))).isEqualTo(ZaakstatusService.Uitkomst.CONFLICT);

        assertThat(huidigeStatus()).isEqualTo(InitiatiefStatus.INGEDIEND);
        assertThat(conflicten.open(BUREN)).singleElement().satisfies(c -> {
            assertThat(c.code()).isEqualTo("initiatief-ongeldige-overgang");
            assertThat(c.huidigeStatus()).isEqualTo("ingediend");
            assertThat(c.gevraagdeStatus()).isEqualTo("afgerond");
        });
    }

    @Test
    void our_own_status_coming_back_changes_nothing() {
        initiatiefService.voerUit(new VoerStatusovergangUitUseCase.Command(eenKernambtenaarVan("0214"),
                initiatief.initiatief().getId(), 0, InitiatiefStatus.IN_BEHANDELING, null));

        assertThat(service.pasToe(BUREN, uitJoin("ingediend"))).isEqualTo(ZaakstatusService.Uitkomst.AL_BEKEND);
        assertThat(service.pasToe(BUREN, uitJoin("in-behandeling"))).isEqualTo(ZaakstatusService.Uitkomst.AL_BEKEND);
        assertThat(conflicten.open(BUREN)).isEmpty();
    }

    @Test
    void an_untranslatable_statustype_and_a_zaak_without_item_are_conflicts_too() {
        assertThat(service.pasToe(BUREN, uitJoin(null))).isEqualTo(ZaakstatusService.Uitkomst.CONFLICT);
        Zaakstand vreemd = new Zaakstand(Zaakidentificatie.van(Zaaksoort.INITIATIEF, UUID.randomUUID()), null,
                "in-behandeling", null, null, klok.instant());
        assertThat(service.pasToe(BUREN, vreemd)).isEqualTo(ZaakstatusService.Uitkomst.CONFLICT);

        assertThat(conflicten.open(BUREN)).extracting(c -> c.code())
                .containsExactly("statustype-onbekend", "zaak-zonder-item");
        assertThat(initiatieven.vind(new InitiatiefId(initiatief.initiatief().getId().waarde()))).isPresent();
    }

    private GelezenVraag eenVraag() {
        return vraagService.registreer(new RegistreerVraagUseCase.Command(eenKernambtenaarVan("0214"), kern.getId(),
                "Lantaarnpaal kapot", "Bij nummer 12.", new Contactpersoon("Kees Jansen", "kees@example.nl", null), null));
    }

    private Zaakstand vraagUitJoin(GelezenVraag vraag, String status, String toelichting, Instant op) {
        return new Zaakstand(Zaakidentificatie.van(Zaaksoort.VRAAG, vraag.vraag().getId().waarde()),
                "https://join.example.nl/zaken/api/v1/zaken/2", status, "https://join.example.nl/st/" + status,
                toelichting, op);
    }

    private VraagStatus vraagstatus(GelezenVraag vraag) {
        return vragen.vind(vraag.vraag().getId()).orElseThrow().getStatus();
    }

    @Test
    void a_status_set_in_join_for_a_question_goes_through_the_vraag_rules_and_back_from_a_pause_is_hervatten() {
        GelezenVraag vraag = eenVraag();
        Instant ontvangen = klok.instant();
        int opdrachtenVooraf = outbox.opdrachten().size();
        klok.verzet(Duration.ofHours(1));

        assertThat(service.pasToe(BUREN, vraagUitJoin(vraag, "wacht-op-inwoner", "welke paal?", klok.instant())))
                .isEqualTo(ZaakstatusService.Uitkomst.TOEGEPAST);
        assertThat(service.pasToe(BUREN, vraagUitJoin(vraag, "ontvangen", null, ontvangen)))
                .as("our own first status coming back").isEqualTo(ZaakstatusService.Uitkomst.AL_BEKEND);
        klok.verzet(Duration.ofHours(1));
        assertThat(service.pasToe(BUREN, vraagUitJoin(vraag, "ontvangen", "inwoner belde terug", klok.instant())))
                .isEqualTo(ZaakstatusService.Uitkomst.TOEGEPAST);

        assertThat(vraagstatus(vraag)).isEqualTo(VraagStatus.ONTVANGEN);
        assertThat(vragen.vind(vraag.vraag().getId()).orElseThrow().getPauzes()).singleElement()
                .satisfies(p -> assertThat(p.tot()).isEqualTo(klok.instant()));
        assertThat(auditspoor.van("vraag", vraag.vraag().getId().waarde()))
                .extracting(Auditregel::door, Auditregel::actie).endsWith(
                        tuple("zaaksysteem", "wacht-op-inwoner"),
                        tuple("zaaksysteem", "hervatten"));
        assertThat(outbox.opdrachten()).as("nothing sent back").hasSize(opdrachtenVooraf);
    }

    @Test
    void a_question_status_our_rules_refuse_or_cannot_take_from_a_status_is_kept_as_a_conflict() {
        GelezenVraag vraag = eenVraag();

        assertThat(service.pasToe(BUREN, vraagUitJoin(vraag, "doorgezet", "naar de wijkbeheerder", klok.instant())))
                .isEqualTo(ZaakstatusService.Uitkomst.CONFLICT);
        assertThat(service.pasToe(BUREN, vraagUitJoin(vraag, "beantwoord", null, klok.instant())))
                .isEqualTo(ZaakstatusService.Uitkomst.CONFLICT);

        assertThat(vraagstatus(vraag)).isEqualTo(VraagStatus.ONTVANGEN);
        assertThat(conflicten.open(BUREN)).extracting(c -> c.code(), c -> c.huidigeStatus(), c -> c.gevraagdeStatus())
                .containsExactly(tuple("vraag-overgang-onvolledig", "ontvangen", "doorgezet"),
                        tuple("verplicht", "ontvangen", "beantwoord"));
    }
}
