package nl.kernpunt.domain.initiatief;

import nl.kernpunt.domain.gedeeld.Contactpersoon;
import static nl.kernpunt.domain.initiatief.InitiatiefStatus.AFGEROND;
import static nl.kernpunt.domain.initiatief.InitiatiefStatus.AFGEWEZEN;
import static nl.kernpunt.domain.initiatief.InitiatiefStatus.INGEDIEND;
import static nl.kernpunt.domain.initiatief.InitiatiefStatus.INGETROKKEN;
import static nl.kernpunt.domain.initiatief.InitiatiefStatus.IN_BEHANDELING;
import static nl.kernpunt.domain.initiatief.InitiatiefStatus.IN_UITVOERING;
import static nl.kernpunt.domain.initiatief.InitiatiefStatus.ROL_BEPAALD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kern.Kernoverdracht;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InitiatiefTest {

    private final VasteKlok klok = VasteKlok.op("2026-03-02T09:00:00Z");

    static InitiatiefGegevens gegevens(String titel) {
        return new InitiatiefGegevens(titel, "Bewoners willen het afval naast de containers aanpakken.",
                new Vorm(false, false, false), Set.of(Ondersteuning.KENNIS),
                List.of(new Contactpersoon("Jan de Boer", "jan@example.nl", null)), null);
    }

    private Initiatief ingediend() {
        return Initiatief.dienIn(new Gemeentecode("0214"), KernId.nieuw(), gegevens("Schone containerplek"), "Sanne", klok);
    }

    /** Brings a new initiative to the given status along the shortest legal path. */
    private Initiatief in(InitiatiefStatus status) {
        Initiatief initiatief = ingediend();
        List<InitiatiefStatus> pad = switch (status) {
            case INGEDIEND -> List.of();
            case IN_BEHANDELING -> List.of(IN_BEHANDELING);
            case ROL_BEPAALD -> List.of(IN_BEHANDELING, ROL_BEPAALD);
            case IN_UITVOERING -> List.of(IN_BEHANDELING, ROL_BEPAALD, IN_UITVOERING);
            case AFGEROND -> List.of(IN_BEHANDELING, ROL_BEPAALD, IN_UITVOERING, AFGEROND);
            case AFGEWEZEN -> List.of(AFGEWEZEN);
            case INGETROKKEN -> List.of(INGETROKKEN);
        };
        for (InitiatiefStatus stap : pad) {
            if (stap == ROL_BEPAALD) {
                initiatief.bepaalRol(Rol.STIMULEREN, "past bij de kernagenda", "Sanne", klok);
                initiatief.legContactVast(new Contactmoment(klok.instant(), Kanaal.GESPREK, "rol besproken", "Sanne"),
                        klok);
            }
            initiatief.gaNaar(stap, "motivering", "Sanne", klok);
        }
        return initiatief;
    }

    static Stream<Arguments> elkeOvergang() {
        Set<List<InitiatiefStatus>> toegestaan = Set.of(
                List.of(INGEDIEND, IN_BEHANDELING), List.of(INGEDIEND, AFGEWEZEN), List.of(INGEDIEND, INGETROKKEN),
                List.of(IN_BEHANDELING, ROL_BEPAALD), List.of(IN_BEHANDELING, AFGEWEZEN),
                List.of(IN_BEHANDELING, INGETROKKEN), List.of(ROL_BEPAALD, IN_UITVOERING),
                List.of(ROL_BEPAALD, INGETROKKEN), List.of(IN_UITVOERING, AFGEROND), List.of(IN_UITVOERING, INGETROKKEN));
        return EnumSet.allOf(InitiatiefStatus.class).stream().flatMap(van -> EnumSet.allOf(InitiatiefStatus.class)
                .stream().map(naar -> Arguments.of(van, naar, toegestaan.contains(List.of(van, naar)))));
    }

    @ParameterizedTest(name = "{0} -> {1}: toegestaan {2}")
    @MethodSource("elkeOvergang")
    void only_the_lifecycle_transitions_are_allowed_others_are_refused_with_a_stable_code(
            InitiatiefStatus van, InitiatiefStatus naar, boolean toegestaan) {
        Initiatief initiatief = in(van);
        if (naar == ROL_BEPAALD && initiatief.getRol().isEmpty() && van.isOpen()) {
            initiatief.bepaalRol(Rol.FACILITEREN, "past bij de ambities", "Sanne", klok);
        }
        if (toegestaan) {
            initiatief.gaNaar(naar, "motivering", "Sanne", klok);
            assertThat(initiatief.getStatus()).isEqualTo(naar);
        } else {
            assertThatThrownBy(() -> initiatief.gaNaar(naar, "motivering", "Sanne", klok))
                    .isInstanceOf(RegelGeschonden.class)
                    .hasFieldOrPropertyWithValue("code", "initiatief-ongeldige-overgang");
            assertThat(initiatief.getStatus()).isEqualTo(van);
        }
    }

    @Test
    void every_transition_is_kept_with_from_to_who_when_and_why() {
        Initiatief initiatief = ingediend();
        klok.verzet(Duration.ofDays(1));
        initiatief.gaNaar(IN_BEHANDELING, "  eerste gesprek gepland ", "Fatima", klok);

        assertThat(initiatief.getStatushistorie()).containsExactly(
                new Statusovergang(null, INGEDIEND, Instant.parse("2026-03-02T09:00:00Z"), "Sanne", null),
                new Statusovergang(INGEDIEND, IN_BEHANDELING, Instant.parse("2026-03-03T09:00:00Z"), "Fatima",
                        "eerste gesprek gepland"));
        assertThat(initiatief.getGewijzigdOp()).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
    }

    @Test
    void a_refusal_needs_a_written_motivation() {
        Initiatief initiatief = in(IN_BEHANDELING);

        assertThatThrownBy(() -> initiatief.gaNaar(AFGEWEZEN, "  ", "Sanne", klok))
                .isInstanceOf(RegelGeschonden.class)
                .hasFieldOrPropertyWithValue("code", "afwijzing-zonder-motivering");
        initiatief.gaNaar(AFGEWEZEN, "geen draagvlak in de straat", "Sanne", klok);
        assertThat(initiatief.getStatus()).isEqualTo(AFGEWEZEN);
    }

    @Test
    void rol_bepaald_requires_a_rol() {
        Initiatief initiatief = in(IN_BEHANDELING);

        assertThatThrownBy(() -> initiatief.gaNaar(ROL_BEPAALD, null, "Sanne", klok))
                .isInstanceOf(RegelGeschonden.class)
                .hasFieldOrPropertyWithValue("code", "rol-ontbreekt");
    }

    @Test
    void changing_the_rol_keeps_its_history_with_the_phase_it_was_decided_in() {
        Initiatief initiatief = in(IN_BEHANDELING);
        initiatief.bepaalRol(Rol.STIMULEREN, "ruimte geven", "Sanne", klok);
        initiatief.gaNaar(ROL_BEPAALD, null, "Sanne", klok);
        initiatief.gaNaar(IN_UITVOERING, null, "Sanne", klok);
        klok.verzet(Duration.ofDays(30));
        initiatief.bepaalRol(Rol.FACILITEREN, "kennis van Avri nodig", "Fatima", klok);

        assertThat(initiatief.getRol()).contains(Rol.FACILITEREN);
        assertThat(initiatief.getRolhistorie()).extracting(Rolbepaling::rol, Rolbepaling::fase, Rolbepaling::door)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Rol.STIMULEREN, IN_BEHANDELING, "Sanne"),
                        org.assertj.core.groups.Tuple.tuple(Rol.FACILITEREN, IN_UITVOERING, "Fatima"));
    }

    @Test
    void a_rol_needs_a_reason() {
        Initiatief initiatief = in(IN_BEHANDELING);

        assertThatThrownBy(() -> initiatief.bepaalRol(Rol.LOSLATEN, " ", "Sanne", klok))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("veld", "reden");
    }

    @Test
    void a_closed_initiative_can_no_longer_change() {
        Initiatief initiatief = in(AFGEROND);

        assertThatThrownBy(() -> initiatief.bepaalRol(Rol.LOSLATEN, "reden", "Sanne", klok))
                .hasFieldOrPropertyWithValue("code", "initiatief-afgesloten");
        assertThatThrownBy(() -> initiatief.wijzig(gegevens("Andere titel"), klok))
                .hasFieldOrPropertyWithValue("code", "initiatief-afgesloten");
    }

    @Test
    void an_open_initiative_without_contact_for_more_days_than_the_threshold_is_stil() {
        Initiatief initiatief = ingediend();
        Instant start = klok.instant();

        assertThat(initiatief.isStil(start.plus(Duration.ofDays(28)), 28)).isFalse();
        assertThat(initiatief.isStil(start.plus(Duration.ofDays(28)).plusSeconds(1), 28)).isTrue();

        klok.verzet(Duration.ofDays(20));
        initiatief.legContactVast(new Contactmoment(klok.instant(), Kanaal.TELEFOON, "stand van zaken", "Sanne"), klok);
        assertThat(initiatief.isStil(start.plus(Duration.ofDays(40)), 28)).isFalse();
        assertThat(initiatief.isStil(start.plus(Duration.ofDays(49)), 28)).isTrue();
    }

    @Test
    void a_closed_initiative_is_never_stil() {
        Initiatief initiatief = in(INGETROKKEN);

        assertThat(initiatief.isStil(klok.instant().plus(Duration.ofDays(400)), 28)).isFalse();
    }

    @Test
    void a_refusal_without_a_later_contact_shows_the_terugkoppeling_is_missing() {
        Initiatief initiatief = ingediend();
        initiatief.legContactVast(new Contactmoment(klok.instant(), Kanaal.GESPREK, "kennismaking", "Sanne"), klok);
        klok.verzet(Duration.ofDays(3));
        initiatief.gaNaar(AFGEWEZEN, "past niet binnen de regels", "Sanne", klok);
        assertThat(initiatief.terugkoppelingOntbreekt()).isTrue();

        initiatief.legContactVast(new Contactmoment(klok.instant(), Kanaal.BRIEF, "afwijzing toegelicht", "Sanne"), klok);
        assertThat(initiatief.terugkoppelingOntbreekt()).isFalse();
    }

    @Test
    void a_rol_decision_without_a_later_contact_shows_the_terugkoppeling_is_missing() {
        Initiatief initiatief = in(IN_BEHANDELING);
        assertThat(initiatief.terugkoppelingOntbreekt()).isFalse();

        initiatief.bepaalRol(Rol.COPRODUCEREN, "samen optrekken", "Sanne", klok);
        assertThat(initiatief.terugkoppelingOntbreekt()).isTrue();

        klok.verzet(Duration.ofHours(2));
        initiatief.legContactVast(new Contactmoment(klok.instant(), Kanaal.EMAIL, "rol uitgelegd", "Sanne"), klok);
        assertThat(initiatief.terugkoppelingOntbreekt()).isFalse();
    }

    /** 000 §3.3.6 and 001 (residents did not know where their initiative stood): no closing without feedback. */
    @Test
    void an_initiative_is_not_closed_while_the_initiators_have_not_heard_of_the_rol_decision() {
        Initiatief uitvoering = in(IN_UITVOERING);
        klok.verzet(Duration.ofDays(1));
        uitvoering.bepaalRol(Rol.FACILITEREN, "de gemeente levert materiaal", "Sanne", klok);

        assertThatThrownBy(() -> uitvoering.gaNaar(AFGEROND, null, "Sanne", klok)).isInstanceOf(RegelGeschonden.class)
                .hasFieldOrPropertyWithValue("code", "terugkoppeling-ontbreekt").hasMessageContaining("faciliteren")
                .hasMessageContaining("contactmoment");
        assertThat(uitvoering.getStatus()).isEqualTo(IN_UITVOERING);

        Initiatief inBehandeling = in(IN_BEHANDELING);
        inBehandeling.bepaalRol(Rol.LOSLATEN, "geen middelen", "Sanne", klok);
        assertThatThrownBy(() -> inBehandeling.gaNaar(AFGEWEZEN, "geen middelen", "Sanne", klok))
                .hasFieldOrPropertyWithValue("code", "terugkoppeling-ontbreekt");

        klok.verzet(Duration.ofHours(1));
        uitvoering.legContactVast(new Contactmoment(klok.instant(), Kanaal.TELEFOON, "rol toegelicht", "Sanne"), klok);
        uitvoering.gaNaar(AFGEROND, null, "Sanne", klok);
        assertThat(uitvoering.getStatus()).isEqualTo(AFGEROND);
        inBehandeling.legContactVast(new Contactmoment(klok.instant(), Kanaal.BRIEF, "rol en afwijzing", "Sanne"), klok);
        inBehandeling.gaNaar(AFGEWEZEN, "geen middelen", "Sanne", klok);
        assertThat(inBehandeling.getStatus()).isEqualTo(AFGEWEZEN);
    }

    /** Issue #13 item 4: a contact dated before the registration made a new initiative stil at once. */
    @Test
    void a_contact_cannot_lie_before_the_registration() {
        Initiatief initiatief = ingediend();

        assertThatThrownBy(() -> initiatief.legContactVast(new Contactmoment(klok.instant().minusSeconds(1),
                Kanaal.TELEFOON, "eerste belletje", "Sanne"), klok)).isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("veld", "op").hasFieldOrPropertyWithValue("code", "voor-registratie");
        assertThat(initiatief.getContactmomenten()).isEmpty();
        assertThat(initiatief.isStil(klok.instant(), 28)).isFalse();
        initiatief.legContactVast(new Contactmoment(klok.instant(), Kanaal.TELEFOON, "eerste belletje", "Sanne"), klok);
        assertThat(initiatief.getContactmomenten()).hasSize(1);
    }

    @Test
    void a_contact_cannot_lie_in_the_future() {
        Initiatief initiatief = ingediend();

        assertThatThrownBy(() -> initiatief.legContactVast(
                new Contactmoment(klok.instant().plusSeconds(60), Kanaal.EMAIL, "x", "Sanne"), klok))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("veld", "op");
    }

    @Test
    void the_public_view_has_status_rol_and_next_step_but_no_people() {
        Initiatief initiatief = in(ROL_BEPAALD);

        OpenbaarInitiatief openbaar = initiatief.openbaar();

        assertThat(openbaar.status()).isEqualTo(ROL_BEPAALD);
        assertThat(openbaar.rol()).isEqualTo(Rol.STIMULEREN);
        assertThat(openbaar.volgendeStap()).isNotBlank();
        assertThat(openbaar.toString()).doesNotContain("Jan de Boer").doesNotContain("jan@example.nl");
    }

    @Test
    void the_public_reference_is_random_url_safe_and_carries_128_bits() {
        PubliekeReferentie een = PubliekeReferentie.nieuw();
        PubliekeReferentie twee = PubliekeReferentie.nieuw();

        assertThat(een).isNotEqualTo(twee);
        assertThat(een.waarde()).matches("[A-Za-z0-9_-]{22}");
        assertThat(PubliekeReferentie.nieuw(new Random(1))).isEqualTo(PubliekeReferentie.nieuw(new Random(1)));
        assertThatThrownBy(() -> new PubliekeReferentie("../etc"))
                .hasFieldOrPropertyWithValue("code", "ongeldige-referentie");
    }

    @Test
    void a_public_reference_is_exactly_22_characters_of_base64url() {
        String goed = "AZaz09_-AZaz09_-AZaz09";
        assertThat(new PubliekeReferentie(goed).waarde()).isEqualTo(goed);
        for (String fout : new String[] {null, "", goed.substring(1), goed + "A", "AZaz09_-AZaz09_-AZaz0=",
                " Zaz09_-AZaz09_-AZaz09", "AZaz09_-AZaz09_-AZaz0\u00e9", "AZaz09_-AZaz09_-AZaz0/", "AZaz09_-AZaz09_-AZaz0+"}) {
            assertThatThrownBy(() -> new PubliekeReferentie(fout))
                    .hasFieldOrPropertyWithValue("code", "ongeldige-referentie");
        }
        // every ASCII character in every position, against the rule as a regex
        for (char c = 0; c < 128; c++) {
            String met = goed.substring(0, 21) + c;
            boolean verwacht = met.matches("[A-Za-z0-9_-]{22}");
            assertThat(welgevormd(met)).as("character %d", (int) c).isEqualTo(verwacht);
        }
    }

    private static boolean welgevormd(String waarde) {
        try {
            new PubliekeReferentie(waarde);
            return true;
        } catch (OngeldigeWaarde e) {
            return false;
        }
    }

    @Test
    void an_initiative_names_at_least_one_initiator() {
        assertThatThrownBy(() -> new InitiatiefGegevens("Titel", "Omschrijving", new Vorm(true, true, false),
                Set.of(), List.of(), null))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("veld", "betrokkenen");
    }

    @Test
    void an_agreement_is_open_until_settled_and_overdue_only_while_open_after_its_due_date() {
        Initiatief initiatief = in(IN_UITVOERING);
        Afspraak afspraak = initiatief.maakAfspraak("Borden bij de containers plaatsen", Partij.GEMEENTE, "Fatima",
                LocalDate.of(2026, 3, 10), klok);

        assertThat(initiatief.openAfspraken()).isEqualTo(1);
        assertThat(initiatief.openbaar().openAfspraken()).isEqualTo(1);
        assertThat(afspraak.isVerlopen(LocalDate.of(2026, 3, 10))).isFalse();
        assertThat(afspraak.isVerlopen(LocalDate.of(2026, 3, 11))).isTrue();

        Afspraak nagekomen = initiatief.handelAfspraakAf(afspraak.id(), AfspraakStatus.NAGEKOMEN, null, klok);
        assertThat(nagekomen.isVerlopen(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(initiatief.openAfspraken()).isZero();
    }

    @Test
    void an_agreement_not_kept_needs_a_reason_and_a_settled_one_stays_settled() {
        Initiatief initiatief = in(ROL_BEPAALD);
        Afspraak afspraak = initiatief.maakAfspraak("Opruimactie organiseren", Partij.INITIATIEFNEMERS, "Jan de Boer",
                LocalDate.of(2026, 4, 1), klok);

        assertThatThrownBy(() -> initiatief.handelAfspraakAf(afspraak.id(), AfspraakStatus.NIET_NAGEKOMEN, " ", klok))
                .isInstanceOf(OngeldigeWaarde.class)
                .hasFieldOrPropertyWithValue("veld", "reden");
        initiatief.handelAfspraakAf(afspraak.id(), AfspraakStatus.NIET_NAGEKOMEN, "te weinig vrijwilligers", klok);
        assertThatThrownBy(() -> initiatief.handelAfspraakAf(afspraak.id(), AfspraakStatus.NAGEKOMEN, null, klok))
                .isInstanceOf(RegelGeschonden.class)
                .hasFieldOrPropertyWithValue("code", "afspraak-ongeldige-overgang");
    }

    /** 001: "dat de gemaakte afspraken ook nagekomen worden ... als er wisselingen zijn bij de ambtenaren". */
    @Test
    void at_a_handover_the_predecessors_open_agreements_go_to_the_successor_also_on_a_closed_initiative() {
        Initiatief initiatief = in(IN_UITVOERING);
        Afspraak open = initiatief.maakAfspraak("Borden plaatsen", Partij.GEMEENTE, "Fatima Yilmaz",
                LocalDate.of(2026, 4, 1), klok);
        Afspraak nagekomen = initiatief.maakAfspraak("Container verplaatsen", Partij.GEMEENTE, "Fatima Yilmaz",
                LocalDate.of(2026, 4, 1), klok);
        initiatief.handelAfspraakAf(nagekomen.id(), AfspraakStatus.NAGEKOMEN, null, klok);
        Afspraak vanAnderen = initiatief.maakAfspraak("Opruimactie", Partij.INITIATIEFNEMERS, "Jan de Boer",
                LocalDate.of(2026, 4, 1), klok);
        initiatief.gaNaar(AFGEROND, "klaar", "Sanne", klok);
        Kernoverdracht overdracht = new Kernoverdracht(initiatief.getKern(),
                new Contactpersoon("Fatima Yilmaz", null, null), new Contactpersoon("Ruud Jansen", null, null));

        List<Afspraak> overgedragen = initiatief.draagAfsprakenOver(overdracht, klok);

        assertThat(overgedragen).extracting(Afspraak::id).containsExactly(open.id());
        assertThat(initiatief.getAfspraak(open.id()).orElseThrow().verantwoordelijke()).isEqualTo("Ruud Jansen");
        assertThat(initiatief.getAfspraak(nagekomen.id()).orElseThrow().verantwoordelijke()).isEqualTo("Fatima Yilmaz");
        assertThat(initiatief.getAfspraak(vanAnderen.id()).orElseThrow().verantwoordelijke()).isEqualTo("Jan de Boer");
    }

    @Test
    void at_a_handover_a_silent_initiative_becomes_an_agreement_for_the_successor_to_make_contact() {
        Initiatief stil = ingediend();
        Initiatief levend = ingediend();
        klok.verzet(Duration.ofDays(30));
        levend.legContactVast(new Contactmoment(klok.instant(), Kanaal.TELEFOON, "stand van zaken", "Sanne"), klok);
        Kernoverdracht overdracht = new Kernoverdracht(stil.getKern(), null, new Contactpersoon("Ruud Jansen", null, null));

        Afspraak afspraak = stil.wijsStilteToe(overdracht, 28, LocalDate.of(2026, 4, 1), klok).orElseThrow();

        assertThat(afspraak.verantwoordelijke()).isEqualTo("Ruud Jansen");
        assertThat(afspraak.door()).isEqualTo(Partij.GEMEENTE);
        assertThat(afspraak.deadline()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(stil.getAfspraken()).containsExactly(afspraak);
        assertThat(levend.wijsStilteToe(overdracht, 28, LocalDate.of(2026, 4, 1), klok)).isEmpty();
        assertThat(levend.getAfspraken()).isEmpty();
    }

    @Test
    void no_new_agreements_on_a_closed_initiative() {
        Initiatief initiatief = in(AFGEWEZEN);

        assertThatThrownBy(() -> initiatief.maakAfspraak("x", Partij.GEMEENTE, "Sanne", LocalDate.of(2026, 4, 1), klok))
                .hasFieldOrPropertyWithValue("code", "initiatief-afgesloten");
    }

    @Test
    void each_step_has_one_recorded_outcome_and_the_open_steps_are_the_others_in_order() {
        Initiatief initiatief = ingediend();
        LocalDate vandaag = LocalDate.of(2026, 3, 2);
        assertThat(initiatief.openStappen()).containsExactly(Stap.values());

        initiatief.legStapVast(Stap.BEPAAL_JE_HOUDING, "draagvlak in de straat", LocalDate.of(2026, 3, 1), "Sanne",
                vandaag, klok);
        initiatief.legStapVast(Stap.KEN_DE_GESCHIEDENIS, "eerder geprobeerd in 2019", vandaag, "Sanne", vandaag, klok);
        initiatief.legStapVast(Stap.KEN_DE_GESCHIEDENIS, "eerder geprobeerd in 2019, toen zonder Avri", vandaag,
                "Fatima", vandaag, klok);

        assertThat(initiatief.getStappen()).extracting(Stapuitkomst::stap, Stapuitkomst::vastgelegdDoor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Stap.KEN_DE_GESCHIEDENIS, "Fatima"),
                        org.assertj.core.groups.Tuple.tuple(Stap.BEPAAL_JE_HOUDING, "Sanne"));
        assertThat(initiatief.openStappen()).containsExactly(Stap.BEPAAL_JE_ROL, Stap.ZORG_VOOR_DUIDELIJKHEID,
                Stap.EVALUEER_EN_LEER);
    }

    @Test
    void a_step_outcome_cannot_be_dated_in_the_future_but_may_follow_the_closing() {
        Initiatief initiatief = in(AFGEROND);
        LocalDate vandaag = LocalDate.of(2026, 3, 2);

        assertThatThrownBy(() -> initiatief.legStapVast(Stap.EVALUEER_EN_LEER, "geleerd", vandaag.plusDays(1), "Sanne",
                vandaag, klok)).isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("veld", "datum");
        initiatief.legStapVast(Stap.EVALUEER_EN_LEER, "samen met de buurt geëvalueerd", vandaag, "Sanne", vandaag, klok);
        assertThat(initiatief.openStappen()).doesNotContain(Stap.EVALUEER_EN_LEER);
    }

    @Test
    void erasing_a_person_leaves_a_marker_in_their_place_also_when_closed_and_only_once() {
        Initiatief initiatief = ingediend();
        initiatief.maakAfspraak("Evaluatie", Partij.INITIATIEFNEMERS, "Jan de Boer", LocalDate.of(2026, 4, 1), klok);
        initiatief.gaNaar(INGETROKKEN, null, "Sanne", klok);
        klok.verzet(Duration.ofDays(1));

        assertThat(initiatief.anonimiseer(p -> p.naam().equals("Jan de Boer"), klok)).isTrue();

        assertThat(initiatief.getGegevens().betrokkenen()).containsExactly(Contactpersoon.VERWIJDERD);
        assertThat(initiatief.getAfspraken()).singleElement()
                .satisfies(a -> assertThat(a.verantwoordelijke()).isEqualTo("[verwijderd]"));
        assertThat(initiatief.getGewijzigdOp()).isEqualTo(klok.instant());
        assertThat(initiatief.getStatus()).isEqualTo(INGETROKKEN);
        assertThat(initiatief.anonimiseer(p -> p.naam().equals("Jan de Boer"), klok)).isFalse();
    }
}
