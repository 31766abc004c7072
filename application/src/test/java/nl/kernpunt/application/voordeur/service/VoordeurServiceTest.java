package nl.kernpunt.application.voordeur.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenBeheerderVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenKernambtenaarVan;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import nl.kernpunt.application.gedeeld.verwijdering.InMemoryVerwijderingen;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.InMemoryAuditspoor;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;
import nl.kernpunt.application.initiatief.port.out.InMemoryInitiatiefRepository;
import nl.kernpunt.application.initiatief.service.InitiatiefService;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.vraag.VraagFilter;
import nl.kernpunt.application.vraag.port.out.InMemoryVraagRepository;
import nl.kernpunt.application.vraag.service.VraagService;
import nl.kernpunt.application.voordeur.TeVeelVerzoeken;
import nl.kernpunt.application.voordeur.Verzoeklimiet;
import nl.kernpunt.application.voordeur.port.in.DienInUseCase.Afzender;
import nl.kernpunt.application.voordeur.port.in.DienInUseCase.Inzending;
import nl.kernpunt.application.voordeur.port.in.DienInUseCase.Ontvangstbewijs;
import nl.kernpunt.application.voordeur.port.out.InMemoryAppSleutelRepository;
import nl.kernpunt.application.voordeur.port.out.InMemoryVerzoekteller;
import nl.kernpunt.application.zaaksysteem.port.out.InMemoryZaakOutbox;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.testdata.VasteKlok;
import nl.kernpunt.domain.vraag.Termijnsoort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VoordeurServiceTest {

    private static final Gemeentecode BUREN = new Gemeentecode("0214");
    private static final Gemeentecode WEST_BETUWE = new Gemeentecode("1960");

    /** Friday 24 April 2026, 12:00 in the Netherlands, 7 minutes into a 10-minute window. */
    private final VasteKlok klok = VasteKlok.op("2026-04-24T10:07:00Z");
    private final InMemoryGemeenteRepository gemeenten = new InMemoryGemeenteRepository();
    private final InMemoryKernRepository kernen = new InMemoryKernRepository();
    private final InMemoryVraagRepository vragen = new InMemoryVraagRepository();
    private final InMemoryInitiatiefRepository initiatieven = new InMemoryInitiatiefRepository();
    private final InMemoryAuditspoor auditspoor = new InMemoryAuditspoor();
    private final InMemoryZaakOutbox outbox = new InMemoryZaakOutbox();
    private final InMemoryAppSleutelRepository appSleutels = new InMemoryAppSleutelRepository();
    private final InMemoryVerzoekteller teller = new InMemoryVerzoekteller();
    private final AppSleutelService sleutelbeheer = new AppSleutelService(appSleutels, auditspoor, klok);
    private final VoordeurService voordeur = new VoordeurService(
            new VerzoeklimietService(teller, new Verzoeklimiet(3, 5, Duration.ofMinutes(10)), klok), appSleutels, kernen,
            gemeenten, new VraagService(vragen, kernen, gemeenten, auditspoor, outbox, klok),
            new InitiatiefService(initiatieven, kernen, gemeenten, auditspoor, outbox, new InMemoryVerwijderingen(), klok));
    private Kern maurik;

    @BeforeEach
    void gemeenteEnKern() {
        gemeenten.voegToe(Gemeente.registreer(BUREN, "Buren", new Rsin("001000007"),
                new GemeenteInstellingen(5, 14, 21, Termijnsoort.WERKDAGEN), klok));
        gemeenten.voegToe(Gemeente.registreer(WEST_BETUWE, "West Betuwe", new Rsin("002220647"), null, klok));
        maurik = kernen.voegToe(eenKern().genaamd("Maurik").bouw(klok));
    }

    private static Inzending van(String adres, String sleutel, KernId kern, String tekst) {
        return new Inzending(new Afzender(adres, sleutel), kern, tekst, null, null, null, null);
    }

    private long vragenIn(Gemeentecode gemeente) {
        return vragen.zoek(new VraagFilter(gemeente, null, null, null, null, null, klok.instant()),
                new PaginaVerzoek(null, 100)).resultaten().size();
    }

    @Test
    void a_question_gets_the_gemeentes_term_from_now_and_an_anonymous_asker() {
        Ontvangstbewijs bewijs = voordeur.dienVraagIn(van("192.0.2.1", null, maurik.getId(),
                "Waarom staat de lantaarnpaal bij de kerk elke nacht uit? Ook na de melding vorige maand."));

        assertThat(bewijs.termijnDagen()).isEqualTo(5);
        assertThat(bewijs.termijnSoort()).isEqualTo("werkdagen");
        // five working days from Friday, with Koningsdag (Monday 27 April) not counted
        assertThat(bewijs.deadline()).isEqualTo(Instant.parse("2026-05-04T10:07:00Z"));
        var vraag = vragen.vindOpReferentie(bewijs.referentie()).orElseThrow();
        assertThat(vraag.getVrager().naam()).isEqualTo(VoordeurService.ANONIEM);
        assertThat(vraag.getOnderwerp()).endsWith("…").hasSizeLessThanOrEqualTo(80);
        assertThat(auditspoor.van(Auditsoort.VRAAG, vraag.getId().waarde())).singleElement()
                .satisfies(r -> assertThat(r.door()).isEqualTo("inwoner (openbaar)"));
        assertThat(outbox.opdrachten()).hasSize(1);
    }

    @Test
    void an_idea_becomes_an_initiative_whose_term_is_the_silence_threshold() {
        Ontvangstbewijs bewijs = voordeur.dienIdeeIn(new Inzending(new Afzender("192.0.2.1", null), maurik.getId(),
                "Een jeu-de-boulesbaan bij het dorpshuis", "Sport", "Jan de Boer", null, "06 1234 5678"));

        assertThat(bewijs.termijnDagen()).isEqualTo(21);
        assertThat(bewijs.deadline()).isEqualTo(klok.instant().plus(Duration.ofDays(21)));
        var initiatief = initiatieven.vindOpReferentie(bewijs.referentie()).orElseThrow();
        assertThat(initiatief.getGegevens().titel()).isEqualTo("Sport");
        assertThat(initiatief.getGegevens().eersteInitiatiefnemer().naam()).isEqualTo("Jan de Boer");
    }

    @Test
    void the_limit_counts_refused_requests_per_client_and_says_when_the_window_ends() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> voordeur.dienVraagIn(van("192.0.2.7", null, maurik.getId(), " ")))
                    .isInstanceOf(OngeldigeWaarde.class);
        }
        assertThatThrownBy(() -> voordeur.dienVraagIn(van("192.0.2.7", null, maurik.getId(), "Mag ik nu?")))
                .isInstanceOfSatisfying(TeVeelVerzoeken.class, f -> assertThat(f.wachtSeconden()).isEqualTo(180));
        voordeur.dienVraagIn(van("192.0.2.8", null, maurik.getId(), "Een ander adres"));

        // the next window starts afresh, and windows two lengths old are forgotten
        klok.verzet(Duration.ofMinutes(25));
        voordeur.dienVraagIn(van("192.0.2.7", null, maurik.getId(), "Nu wel"));
        assertThat(vragenIn(BUREN)).isEqualTo(2);
        assertThat(teller.rijen()).isEqualTo(1);
    }

    @Test
    void once_a_gemeente_issues_a_key_only_its_own_valid_key_gets_in_and_revoking_opens_the_door_again() {
        String sleutel = sleutelbeheer.geefUit(eenBeheerderVan("0214"), "BurenApp").sleutel();
        var andere = sleutelbeheer.geefUit(eenBeheerderVan("1960"), "West Betuwe app");

        assertThatThrownBy(() -> voordeur.dienVraagIn(van("192.0.2.9", null, maurik.getId(), "Zonder")))
                .isInstanceOfSatisfying(GeenToegang.class, f -> assertThat(f.code()).isEqualTo("app-sleutel-ontbreekt"));
        assertThatThrownBy(() -> voordeur.dienVraagIn(van("192.0.2.9", andere.sleutel(), maurik.getId(), "Andermans")))
                .isInstanceOfSatisfying(GeenToegang.class, f -> assertThat(f.code()).isEqualTo("app-sleutel-ongeldig"));
        assertThat(vragenIn(BUREN)).isZero();

        // the address has used its 3; the key is a client of its own with a larger allowance
        for (int i = 0; i < 5; i++) {
            voordeur.dienVraagIn(van("192.0.2.9", sleutel, maurik.getId(), "Via de app " + i));
        }
        assertThatThrownBy(() -> voordeur.dienVraagIn(van("192.0.2.10", sleutel, maurik.getId(), "Zesde")))
                .isInstanceOf(TeVeelVerzoeken.class);

        var uitgegeven = appSleutels.vanGemeente(BUREN).get(0);
        assertThatThrownBy(() -> sleutelbeheer.trekIn(eenKernambtenaarVan("0214"), uitgegeven.getId()))
                .isInstanceOf(GeenToegang.class);
        assertThatThrownBy(() -> sleutelbeheer.trekIn(eenBeheerderVan("1960"), uitgegeven.getId()))
                .isInstanceOf(NietGevonden.class);
        sleutelbeheer.trekIn(eenBeheerderVan("0214"), uitgegeven.getId());
        sleutelbeheer.trekIn(eenBeheerderVan("0214"), uitgegeven.getId());
        assertThat(auditspoor.van(Auditsoort.APP_SLEUTEL, uitgegeven.getId())).extracting(r -> r.actie())
                .containsExactly("uitgegeven", "ingetrokken");
        voordeur.dienVraagIn(van("192.0.2.11", null, maurik.getId(), "Weer open"));
        assertThat(vragenIn(BUREN)).isEqualTo(6);
    }
}
