package nl.kernpunt.application.vraag.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenBeheerderVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenKernambtenaarVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenMedewerkerVan;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKernambtenaar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.InMemoryAuditspoor;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.vraag.port.in.GelezenVraag;
import nl.kernpunt.application.vraag.port.in.RegistreerVraagUseCase;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase.Beantwoorden;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase.Doorzetten;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase.Hervatten;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase.Procesantwoord;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase.Sluiten;
import nl.kernpunt.application.vraag.port.in.VoerVraagovergangUitUseCase.WachtOpInwoner;
import nl.kernpunt.application.vraag.port.in.VraagQuery;
import nl.kernpunt.application.vraag.port.in.WijzigVraagUseCase;
import nl.kernpunt.application.vraag.port.out.InMemoryVraagRepository;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.application.zaaksysteem.port.out.InMemoryZaakOutbox;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.testdata.VasteKlok;
import nl.kernpunt.domain.vraag.Antwoordtermijn;
import nl.kernpunt.domain.vraag.Termijnsoort;
import nl.kernpunt.domain.vraag.VraagStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VraagServiceTest {

    private static final Contactpersoon INWONER = new Contactpersoon("Mevrouw Van Rijn", "vanrijn@example.nl", null);
    private static final Contactpersoon COLLEGA = new Contactpersoon("Team Openbare Ruimte", "or@buren.nl", null);

    /** Friday 24 April 2026, 12:00 in the Netherlands; Koningsdag is Monday the 27th. */
    private final VasteKlok klok = VasteKlok.op("2026-04-24T10:00:00Z");
    private final InMemoryGemeenteRepository gemeenten = new InMemoryGemeenteRepository();
    private final InMemoryKernRepository kernen = new InMemoryKernRepository();
    private final InMemoryVraagRepository vragen = new InMemoryVraagRepository();
    private final InMemoryAuditspoor auditspoor = new InMemoryAuditspoor();
    private final InMemoryZaakOutbox zaakOutbox = new InMemoryZaakOutbox();
    private final VraagService service = new VraagService(vragen, kernen, gemeenten, auditspoor, zaakOutbox, klok);
    private final VraagQuery query = new VraagQueryService(vragen, kernen, auditspoor, klok);
    private Kern maurik;

    @BeforeEach
    void gemeentenEnKern() {
        gemeenten.voegToe(Gemeente.registreer(new Gemeentecode("0214"), "Buren", new Rsin("001000007"),
                new GemeenteInstellingen(5, 14, 28, Termijnsoort.WERKDAGEN), klok));
        gemeenten.voegToe(Gemeente.registreer(new Gemeentecode("1960"), "West Betuwe", new Rsin("002220647"), null, klok));
        maurik = kernen.voegToe(eenKern().genaamd("Maurik").bouw(klok));
    }

    private GelezenVraag registreer(Gebruiker door) {
        return service.registreer(new RegistreerVraagUseCase.Command(door, maurik.getId(), "Lantaarnpaal kapot",
                "Bij nummer 12.", INWONER, null));
    }

    @Test
    void a_question_gets_the_gemeentes_term_and_the_kerns_kernambtenaar_at_receipt() {
        GelezenVraag vraag = registreer(eenMedewerkerVan("0214"));

        assertThat(vraag.vraag().getTermijn()).isEqualTo(new Antwoordtermijn(5, Termijnsoort.WERKDAGEN));
        assertThat(vraag.vraag().getKernambtenaar()).contains(eenKernambtenaar("Sanne de Vries"));
        assertThat(vraag.vraag().getOntvangenOp()).isEqualTo(klok.instant());
        // five working days after Friday, skipping the weekend and Koningsdag: Monday 4 May
        assertThat(vraag.termijnstand().deadline()).isEqualTo(Instant.parse("2026-05-04T10:00:00Z"));
    }

    @Test
    void a_question_cannot_be_registered_in_a_kern_of_another_gemeente() {
        assertThatThrownBy(() -> registreer(eenMedewerkerVan("1960")))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("code", "kern-onbekend");
    }

    @Test
    void handing_on_and_closing_need_the_kernambtenaar_or_beheerder_working_on_it_any_staff() {
        GelezenVraag vraag = registreer(eenMedewerkerVan("0214"));

        assertThatThrownBy(() -> service.voerUit(new Doorzetten(eenMedewerkerVan("0214"), vraag.vraag().getId(),
                vraag.vraag().getVersie(), COLLEGA)))
                .isInstanceOf(GeenToegang.class);
        assertThatThrownBy(() -> service.voerUit(new Sluiten(eenMedewerkerVan("0214"), vraag.vraag().getId(),
                vraag.vraag().getVersie(), "dubbel")))
                .isInstanceOf(GeenToegang.class);
        GelezenVraag doorgezet = service.voerUit(new Doorzetten(eenKernambtenaarVan("0214"), vraag.vraag().getId(),
                vraag.vraag().getVersie(), COLLEGA));
        GelezenVraag beantwoord = service.voerUit(new Beantwoorden(eenMedewerkerVan("0214"),
                doorgezet.vraag().getId(), doorgezet.vraag().getVersie(), "gerepareerd"));
        GelezenVraag gesloten = service.voerUit(new Sluiten(eenBeheerderVan("0214"), beantwoord.vraag().getId(),
                beantwoord.vraag().getVersie(), "klaar"));

        assertThat(gesloten.vraag().getStatus()).isEqualTo(VraagStatus.GESLOTEN);
        assertThat(gesloten.termijnstand().gehaald()).isTrue();
    }

    @Test
    void every_change_is_audited_without_the_askers_personal_data() {
        GelezenVraag vraag = registreer(eenMedewerkerVan("0214"));
        vraag = service.voerUit(new Doorzetten(eenKernambtenaarVan("0214"), vraag.vraag().getId(),
                vraag.vraag().getVersie(), COLLEGA));
        klok.verzet(Duration.ofHours(2));
        vraag = service.voerUit(new WachtOpInwoner(eenMedewerkerVan("0214"), vraag.vraag().getId(),
                vraag.vraag().getVersie(), "welke paal?"));
        vraag = service.voerUit(new Hervatten(eenMedewerkerVan("0214"), vraag.vraag().getId(),
                vraag.vraag().getVersie()));
        service.voerUit(new Procesantwoord(eenMedewerkerVan("0214"), vraag.vraag().getId(),
                vraag.vraag().getVersie(), "monteur komt", LocalDate.of(2026, 5, 8), null));

        var regels = query.audit(vraag.vraag().getId(), eenMedewerkerVan("0214"));

        assertThat(regels).extracting(Auditregel::actie)
                .containsExactly("ontvangen", "doorzetten", "wacht-op-inwoner", "hervatten", "procesantwoord");
        assertThat(regels.get(1).gegevens()).containsEntry("naar", "doorgezet").doesNotContainKey("behandelaar");
        assertThat(regels.get(4).gegevens()).containsEntry("verwachtAntwoordOp", "2026-05-08");
        assertThat(regels).allSatisfy(r -> assertThat(r.gegevens().values().toString()).doesNotContain("Van Rijn"));
    }

    @Test
    void another_gemeente_gets_not_found_and_a_stale_version_is_refused() {
        GelezenVraag vraag = registreer(eenMedewerkerVan("0214"));

        assertThatThrownBy(() -> query.lees(vraag.vraag().getId(), eenBeheerderVan("1960")))
                .isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> service.voerUit(new Doorzetten(eenKernambtenaarVan("1960"), vraag.vraag().getId(),
                vraag.vraag().getVersie(), COLLEGA)))
                .isInstanceOf(NietGevonden.class);
        service.voerUit(new Beantwoorden(eenMedewerkerVan("0214"), vraag.vraag().getId(), vraag.vraag().getVersie(),
                "klaar"));
        assertThatThrownBy(() -> service.voerUit(new Beantwoorden(eenMedewerkerVan("0214"), vraag.vraag().getId(),
                vraag.vraag().getVersie(), "klaar")))
                .isInstanceOf(VersieVerouderd.class);
    }

    @Test
    void the_due_list_looks_ahead_on_the_dutch_wall_clock_and_refuses_an_out_of_range_window() {
        GelezenVraag vraag = registreer(eenMedewerkerVan("0214"));
        klok.verzet(Duration.ofDays(8));

        assertThat(query.zoek(new VraagQuery.Zoekvraag(null, null, null, null, 2, null, false), new PaginaVerzoek(null, 10),
                eenMedewerkerVan("0214")).resultaten()).extracting(g -> g.vraag().getId())
                .containsExactly(vraag.vraag().getId());
        assertThat(query.zoek(new VraagQuery.Zoekvraag(null, " sanne de vries ", null, true, null, null, false),
                new PaginaVerzoek(null, 10), eenMedewerkerVan("0214")).resultaten()).isEmpty();
        assertThatThrownBy(() -> query.zoek(new VraagQuery.Zoekvraag(null, null, null, null, 61, null, false),
                new PaginaVerzoek(null, 10), eenMedewerkerVan("0214")))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "binnenDagen");
    }

    @Test
    void receipt_and_every_transition_place_one_opdracht_for_the_case_system_in_order_a_correction_none() {
        GelezenVraag vraag = registreer(eenMedewerkerVan("0214"));
        Instant ontvangen = klok.instant();
        klok.verzet(Duration.ofMinutes(1));
        vraag = service.voerUit(new Doorzetten(eenKernambtenaarVan("0214"), vraag.vraag().getId(),
                vraag.vraag().getVersie(), COLLEGA));
        vraag = service.wijzig(new WijzigVraagUseCase.Command(eenMedewerkerVan("0214"),
                vraag.vraag().getId(), vraag.vraag().getVersie(), "Lantaarnpaal nummer 12", "Bij nummer 12.", INWONER));
        klok.verzet(Duration.ofMinutes(1));
        vraag = service.voerUit(new WachtOpInwoner(eenMedewerkerVan("0214"), vraag.vraag().getId(),
                vraag.vraag().getVersie(), "welke paal?"));
        klok.verzet(Duration.ofMinutes(1));
        Instant hervat = klok.instant();
        vraag = service.voerUit(new Hervatten(eenMedewerkerVan("0214"), vraag.vraag().getId(),
                vraag.vraag().getVersie()));
        vraag = service.voerUit(new Procesantwoord(eenMedewerkerVan("0214"), vraag.vraag().getId(),
                vraag.vraag().getVersie(), "monteur komt", LocalDate.of(2026, 5, 8), null));
        vraag = service.voerUit(new Beantwoorden(eenMedewerkerVan("0214"), vraag.vraag().getId(),
                vraag.vraag().getVersie(), "gerepareerd"));
        GelezenVraag beantwoord = vraag;
        assertThatThrownBy(() -> service.voerUit(new Hervatten(eenMedewerkerVan("0214"), beantwoord.vraag().getId(),
                beantwoord.vraag().getVersie())))
                .isInstanceOf(RegelGeschonden.class);
        service.voerUit(new Sluiten(eenKernambtenaarVan("0214"), vraag.vraag().getId(), vraag.vraag().getVersie(),
                "klaar"));

        assertThat(zaakOutbox.opdrachten())
                .extracting(Zaakopdracht::soort, Zaakopdracht::status, Zaakopdracht::toelichting)
                .containsExactly(
                        tuple(Zaakopdracht.Soort.REGISTREER, "ontvangen", "Bij nummer 12."),
                        tuple(Zaakopdracht.Soort.STATUS, "doorgezet", "doorgezet naar Team Openbare Ruimte"),
                        tuple(Zaakopdracht.Soort.STATUS, "wacht-op-inwoner", "welke paal?"),
                        tuple(Zaakopdracht.Soort.STATUS, "doorgezet", "inwoner heeft gereageerd"),
                        tuple(Zaakopdracht.Soort.STATUS, "procesantwoord-gegeven", "monteur komt"),
                        tuple(Zaakopdracht.Soort.STATUS, "beantwoord", "gerepareerd"),
                        tuple(Zaakopdracht.Soort.STATUS, "gesloten", "klaar"));
        Zaakopdracht registratie = zaakOutbox.opdrachten().get(0);
        assertThat(registratie.moment()).isEqualTo(ontvangen);
        assertThat(registratie.omschrijving()).isEqualTo("Lantaarnpaal kapot");
        assertThat(registratie.initiator()).isEqualTo("Mevrouw Van Rijn");
        assertThat(zaakOutbox.opdrachten().get(3).moment()).isEqualTo(hervat);
        assertThat(zaakOutbox.opdrachten()).extracting(o -> o.zaak().waarde()).containsOnly(
                "KP-V-" + vraag.vraag().getId().waarde().toString().replace("-", ""));
    }
}
