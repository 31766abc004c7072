package nl.kernpunt.application.initiatief.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenBeheerderVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenKernambtenaarVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenMedewerkerVan;
import static nl.kernpunt.domain.testdata.InitiatiefBouwer.eenInitiatief;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKernambtenaar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.InMemoryAuditspoor;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.verwijdering.InMemoryVerwijderingen;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;
import nl.kernpunt.application.initiatief.port.in.BepaalRolUseCase;
import nl.kernpunt.application.initiatief.port.in.DienInitiatiefInUseCase;
import nl.kernpunt.application.initiatief.port.in.GelezenInitiatief;
import nl.kernpunt.application.initiatief.port.in.HandelAfspraakAfUseCase;
import nl.kernpunt.application.initiatief.port.in.InitiatiefQuery;
import nl.kernpunt.application.initiatief.port.in.LegContactmomentVastUseCase;
import nl.kernpunt.application.initiatief.port.in.LegInitiatiefstapVastUseCase;
import nl.kernpunt.application.initiatief.port.in.MaakAfspraakUseCase;
import nl.kernpunt.application.initiatief.port.in.VoerStatusovergangUitUseCase;
import nl.kernpunt.application.initiatief.port.out.InMemoryInitiatiefRepository;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.zaaksysteem.Zaakopdracht;
import nl.kernpunt.application.zaaksysteem.port.out.InMemoryZaakOutbox;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.initiatief.AfspraakStatus;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Kanaal;
import nl.kernpunt.domain.initiatief.Partij;
import nl.kernpunt.domain.initiatief.Rol;
import nl.kernpunt.domain.initiatief.Stap;
import nl.kernpunt.domain.kern.Functie;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.Maatwerk;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InitiatiefServiceTest {

    private final VasteKlok klok = VasteKlok.op("2026-05-04T10:00:00Z");
    private final InMemoryGemeenteRepository gemeenten = new InMemoryGemeenteRepository();
    private final InMemoryKernRepository kernen = new InMemoryKernRepository();
    private final InMemoryInitiatiefRepository initiatieven = new InMemoryInitiatiefRepository(kernen);
    private final InMemoryAuditspoor auditspoor = new InMemoryAuditspoor();
    private final InMemoryZaakOutbox zaakOutbox = new InMemoryZaakOutbox();
    private final InMemoryVerwijderingen verwijderingen = new InMemoryVerwijderingen();
    private final InitiatiefService service = new InitiatiefService(initiatieven, kernen, gemeenten, auditspoor,
            zaakOutbox, verwijderingen, klok);
    private final InitiatiefQuery query = new InitiatiefQueryService(initiatieven, kernen, gemeenten, auditspoor, klok);
    private Kern kerkAvezaath;

    @BeforeEach
    void gemeentenEnKern() {
        gemeenten.voegToe(Gemeente.registreer(new Gemeentecode("0214"), "Buren", new Rsin("001000007"),
                new GemeenteInstellingen(7, 14, 10), klok));
        gemeenten.voegToe(Gemeente.registreer(new Gemeentecode("1960"), "West Betuwe", new Rsin("002220647"), null, klok));
        kerkAvezaath = kernen.voegToe(eenKern().genaamd("Kerk-Avezaath").bouw(klok));
    }

    private GelezenInitiatief dienIn(Gebruiker door) {
        return service.dienIn(new DienInitiatiefInUseCase.Command(door, kerkAvezaath.getId(),
                eenInitiatief().gegevens()));
    }

    private GelezenInitiatief naar(GelezenInitiatief initiatief, InitiatiefStatus status, String reden) {
        return service.voerUit(new VoerStatusovergangUitUseCase.Command(eenKernambtenaarVan("0214"),
                initiatief.initiatief().getId(), initiatief.initiatief().getVersie(), status, reden));
    }

    @Test
    void any_member_of_staff_may_submit_an_initiative_in_a_kern_of_the_own_gemeente() {
        GelezenInitiatief initiatief = dienIn(eenMedewerkerVan("0214"));

        assertThat(initiatief.initiatief().getStatus()).isEqualTo(InitiatiefStatus.INGEDIEND);
        assertThat(initiatief.initiatief().getGemeente()).isEqualTo(new Gemeentecode("0214"));
        assertThat(initiatief.kernambtenaar()).contains(eenKernambtenaar("Sanne de Vries"));
    }

    @Test
    void registering_and_every_status_change_place_an_opdracht_for_the_case_system_and_a_refusal_does_not() {
        GelezenInitiatief initiatief = dienIn(eenMedewerkerVan("0214"));
        GelezenInitiatief inBehandeling = naar(initiatief, InitiatiefStatus.IN_BEHANDELING, null);
        assertThatThrownBy(() -> naar(inBehandeling, InitiatiefStatus.AFGEROND, null))
                .isInstanceOf(RegelGeschonden.class);
        naar(inBehandeling, InitiatiefStatus.AFGEWEZEN, "past niet in het beleid");

        assertThat(zaakOutbox.opdrachten())
                .extracting(Zaakopdracht::soort, Zaakopdracht::status, Zaakopdracht::toelichting)
                .containsExactly(
                        tuple(Zaakopdracht.Soort.REGISTREER, "ingediend", initiatief.initiatief().getGegevens().omschrijving()),
                        tuple(Zaakopdracht.Soort.STATUS, "in-behandeling", null),
                        tuple(Zaakopdracht.Soort.STATUS, "afgewezen", "past niet in het beleid"));
        assertThat(zaakOutbox.opdrachten()).extracting(o -> o.zaak().waarde()).containsOnly(
                "KP-I-" + initiatief.initiatief().getId().waarde().toString().replace("-", ""));
    }

    @Test
    void an_initiative_cannot_be_submitted_in_a_kern_of_another_gemeente() {
        assertThatThrownBy(() -> dienIn(eenMedewerkerVan("1960")))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("code", "kern-onbekend");
    }

    @Test
    void the_kernambtenaar_shown_is_the_kerns_current_one() {
        GelezenInitiatief initiatief = dienIn(eenMedewerkerVan("0214"));
        Kern kern = kernen.vind(kerkAvezaath.getId()).orElseThrow();
        kern.draagOver(Functie.KERNAMBTENAAR, eenKernambtenaar("Ahmed El Idrissi"), "Beheerder", null, klok);
        kernen.bewaar(kern);

        assertThat(query.lees(initiatief.initiatief().getId(), eenMedewerkerVan("0214")).kernambtenaar())
                .contains(eenKernambtenaar("Ahmed El Idrissi"));
    }

    @Test
    void only_a_kernambtenaar_or_beheerder_moves_the_status_or_decides_the_rol() {
        GelezenInitiatief initiatief = dienIn(eenMedewerkerVan("0214"));
        InitiatiefId id = initiatief.initiatief().getId();

        assertThatThrownBy(() -> service.voerUit(new VoerStatusovergangUitUseCase.Command(eenMedewerkerVan("0214"),
                id, 0, InitiatiefStatus.IN_BEHANDELING, null))).isInstanceOf(GeenToegang.class);
        assertThatThrownBy(() -> service.bepaal(new BepaalRolUseCase.Command(eenMedewerkerVan("0214"),
                id, 0, Rol.LOSLATEN, "reden"))).isInstanceOf(GeenToegang.class);
        assertThat(service.bepaal(new BepaalRolUseCase.Command(eenBeheerderVan("0214"), id, 0, Rol.LOSLATEN, "reden"))
                .initiatief().getRol()).contains(Rol.LOSLATEN);
    }

    @Test
    void an_initiative_of_another_gemeente_is_not_found_for_reading_or_changing() {
        InitiatiefId id = dienIn(eenMedewerkerVan("0214")).initiatief().getId();

        assertThatThrownBy(() -> query.lees(id, eenBeheerderVan("1960"))).isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> query.audit(id, eenBeheerderVan("1960"))).isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> service.voerUit(new VoerStatusovergangUitUseCase.Command(eenBeheerderVan("1960"),
                id, 0, InitiatiefStatus.IN_BEHANDELING, null))).isInstanceOf(NietGevonden.class);
        assertThat(query.zoek(new InitiatiefQuery.Zoekvraag(null, null, null, null, null, false), PaginaVerzoek.van(null, null),
                eenBeheerderVan("1960")).resultaten()).isEmpty();
    }

    @Test
    void a_change_on_a_stale_version_is_refused() {
        GelezenInitiatief initiatief = dienIn(eenMedewerkerVan("0214"));
        naar(initiatief, InitiatiefStatus.IN_BEHANDELING, null);

        assertThatThrownBy(() -> naar(initiatief, InitiatiefStatus.AFGEWEZEN, "past niet"))
                .isInstanceOf(VersieVerouderd.class);
    }

    @Test
    void an_illegal_transition_is_refused_and_leaves_no_audit_line() {
        GelezenInitiatief initiatief = dienIn(eenMedewerkerVan("0214"));

        assertThatThrownBy(() -> naar(initiatief, InitiatiefStatus.AFGEROND, null))
                .isInstanceOf(RegelGeschonden.class)
                .hasFieldOrPropertyWithValue("code", "initiatief-ongeldige-overgang");
        assertThat(query.audit(initiatief.initiatief().getId(), eenMedewerkerVan("0214")))
                .extracting(Auditregel::actie).containsExactly("ingediend");
    }

    @Test
    void every_change_is_in_the_audit_trail_with_who_when_and_what() {
        GelezenInitiatief initiatief = dienIn(eenMedewerkerVan("0214"));
        klok.verzet(Duration.ofHours(1));
        GelezenInitiatief inBehandeling = naar(initiatief, InitiatiefStatus.IN_BEHANDELING, "gesprek gepland");
        GelezenInitiatief metRol = service.bepaal(new BepaalRolUseCase.Command(eenKernambtenaarVan("0214"),
                inBehandeling.initiatief().getId(), inBehandeling.initiatief().getVersie(), Rol.FACILITEREN, "Avri helpt"));
        service.legVast(new LegContactmomentVastUseCase.Command(eenKernambtenaarVan("0214"),
                metRol.initiatief().getId(), klok.instant(), Kanaal.TELEFOON, "rol uitgelegd"));

        var regels = query.audit(initiatief.initiatief().getId(), eenMedewerkerVan("0214"));

        assertThat(regels).extracting(Auditregel::actie)
                .containsExactly("ingediend", "status-gewijzigd", "rol-bepaald", "contactmoment-vastgelegd");
        assertThat(regels.get(1).door()).isEqualTo("kernambtenaar-0214");
        assertThat(regels.get(1).op()).isEqualTo(klok.instant());
        assertThat(regels.get(1).gegevens()).containsEntry("van", "ingediend").containsEntry("naar", "in-behandeling")
                .containsEntry("reden", "gesprek gepland");
        assertThat(regels.get(2).gegevens()).containsEntry("rol", "faciliteren").containsEntry("fase", "in-behandeling");
    }

    @Test
    void an_initiative_without_contact_for_longer_than_the_gemeentes_threshold_is_stil_and_filterable() {
        GelezenInitiatief initiatief = dienIn(eenMedewerkerVan("0214"));
        klok.verzet(Duration.ofDays(11));
        GelezenInitiatief recent = dienIn(eenMedewerkerVan("0214"));

        assertThat(query.lees(initiatief.initiatief().getId(), eenMedewerkerVan("0214")).stil()).isTrue();
        assertThat(query.lees(recent.initiatief().getId(), eenMedewerkerVan("0214")).stil()).isFalse();
        assertThat(query.zoek(new InitiatiefQuery.Zoekvraag(null, null, null, true, null, false), PaginaVerzoek.van(null, null),
                eenMedewerkerVan("0214")).resultaten()).extracting(g -> g.initiatief().getId())
                .containsExactly(initiatief.initiatief().getId());

        service.legVast(new LegContactmomentVastUseCase.Command(eenMedewerkerVan("0214"),
                initiatief.initiatief().getId(), klok.instant(), Kanaal.GESPREK, "bijgepraat"));
        assertThat(query.lees(initiatief.initiatief().getId(), eenMedewerkerVan("0214")).stil()).isFalse();
    }

    /** 000 "niet iedere kern is hetzelfde": a kern's own silence threshold wins over the gemeente's, in reads and filters. */
    @Test
    void a_kern_with_its_own_longer_threshold_keeps_its_initiative_from_being_stil_where_the_gemeentes_would() {
        GelezenInitiatief initiatief = dienIn(eenMedewerkerVan("0214"));
        Kern eigen = kernen.vind(kerkAvezaath.getId()).orElseThrow();
        eigen.stelMaatwerkIn(new Maatwerk(null, 21, null), klok);
        kernen.bewaar(eigen);
        klok.verzet(Duration.ofDays(11));
        InitiatiefQuery.Zoekvraag stil = new InitiatiefQuery.Zoekvraag(null, null, null, true, null, false);

        assertThat(query.lees(initiatief.initiatief().getId(), eenMedewerkerVan("0214")).stil()).isFalse();
        assertThat(query.zoek(stil, PaginaVerzoek.van(null, null), eenMedewerkerVan("0214")).resultaten()).isEmpty();

        klok.verzet(Duration.ofDays(11));
        assertThat(query.lees(initiatief.initiatief().getId(), eenMedewerkerVan("0214")).stil()).isTrue();
        assertThat(query.zoek(stil, PaginaVerzoek.van(null, null), eenMedewerkerVan("0214")).resultaten()).hasSize(1);
    }

    @Test
    void the_public_status_is_found_by_reference_and_names_the_kern() {
        GelezenInitiatief initiatief = dienIn(eenMedewerkerVan("0214"));

        var status = new OpenbareStatusService(initiatieven).openbaar(initiatief.initiatief().getReferentie());

        assertThat(status.kernnaam()).isEqualTo("Kerk-Avezaath");
        assertThat(status.initiatief().status()).isEqualTo(InitiatiefStatus.INGEDIEND);
        assertThat(status.versie()).isZero();
    }

    @Test
    void agreements_are_audited_and_overdue_ones_are_listed_from_the_day_after_their_due_date_in_the_gemeente() {
        GelezenInitiatief initiatief = dienIn(eenMedewerkerVan("0214"));
        GelezenInitiatief metAfspraak = service.maak(new MaakAfspraakUseCase.Command(eenMedewerkerVan("0214"),
                initiatief.initiatief().getId(), 0, "Borden plaatsen", Partij.GEMEENTE, "Fatima Amrani",
                LocalDate.of(2026, 5, 10)));
        UUID afspraak = metAfspraak.initiatief().getAfspraken().get(0).id();

        // 2026-05-10T22:30Z is already 11 May in the Netherlands
        klok.verzet(Duration.between(klok.instant(), java.time.Instant.parse("2026-05-10T21:30:00Z")));
        assertThat(query.verlopenAfspraken(null, "Fatima Amrani", eenMedewerkerVan("0214"))).isEmpty();
        klok.verzet(Duration.ofHours(1));
        assertThat(query.verlopenAfspraken(null, "Fatima Amrani", eenMedewerkerVan("0214"))).hasSize(1);
        assertThat(query.verlopenAfspraken(null, null, eenMedewerkerVan("1960"))).isEmpty();

        assertThatThrownBy(() -> service.handelAf(new HandelAfspraakAfUseCase.Command(eenMedewerkerVan("0214"),
                initiatief.initiatief().getId(), 1, UUID.randomUUID(), AfspraakStatus.NAGEKOMEN, null)))
                .isInstanceOf(NietGevonden.class);
        service.handelAf(new HandelAfspraakAfUseCase.Command(eenMedewerkerVan("0214"),
                initiatief.initiatief().getId(), 1, afspraak, AfspraakStatus.NAGEKOMEN, null));
        assertThat(query.verlopenAfspraken(null, null, eenMedewerkerVan("0214"))).isEmpty();
        assertThat(query.audit(initiatief.initiatief().getId(), eenMedewerkerVan("0214")))
                .extracting(Auditregel::actie).containsExactly("ingediend", "afspraak-gemaakt", "afspraak-afgehandeld");
        // the trail cannot be corrected or erased, so it names nobody: not the responsible person, not the user
        assertThat(query.audit(initiatief.initiatief().getId(), eenMedewerkerVan("0214")))
                .allSatisfy(r -> assertThat(r.gegevens().values()).noneMatch(w -> w.contains("Fatima")))
                .allSatisfy(r -> assertThat(r.door()).isEqualTo(eenMedewerkerVan("0214").id()));
    }

    @Test
    void a_step_outcome_is_recorded_with_if_match_and_audited_and_similar_ones_stay_in_the_gemeente() {
        GelezenInitiatief initiatief = dienIn(eenMedewerkerVan("0214"));

        GelezenInitiatief na = service.legVast(new LegInitiatiefstapVastUseCase.Command(eenMedewerkerVan("0214"),
                initiatief.initiatief().getId(), 0, Stap.KEN_DE_GESCHIEDENIS, "nieuw in deze kern",
                LocalDate.of(2026, 5, 4)));

        assertThat(na.initiatief().openStappen()).doesNotContain(Stap.KEN_DE_GESCHIEDENIS);
        assertThat(query.audit(initiatief.initiatief().getId(), eenMedewerkerVan("0214")))
                .extracting(Auditregel::actie).containsExactly("ingediend", "stap-vastgelegd");
        assertThatThrownBy(() -> query.vergelijkbare(initiatief.initiatief().getId(), eenMedewerkerVan("1960")))
                .isInstanceOf(NietGevonden.class);
    }
}
