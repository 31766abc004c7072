package nl.kernpunt.application.initiatief.port.out;

import static nl.kernpunt.domain.testdata.InitiatiefBouwer.eenInitiatief;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kernpunt.application.gedeeld.contract.PortContract;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gemeente.Stiltegrenzen;
import nl.kernpunt.application.initiatief.InitiatiefFilter;
import nl.kernpunt.application.initiatief.OpenbareWeergave;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.AfspraakStatus;
import nl.kernpunt.domain.initiatief.Contactmoment;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Kanaal;
import nl.kernpunt.domain.initiatief.Partij;
import nl.kernpunt.domain.initiatief.Rol;
import nl.kernpunt.domain.initiatief.Ondersteuning;
import nl.kernpunt.domain.initiatief.Stap;
import nl.kernpunt.domain.initiatief.Uitdagingsfase;
import nl.kernpunt.domain.initiatief.InitiatiefGegevens;
import nl.kernpunt.domain.initiatief.Vorm;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.testdata.KernBouwer;
import org.junit.jupiter.api.Test;

public abstract class InitiatiefRepositoryContract extends PortContract {

    protected InitiatiefRepository initiatieven() {
        return poort(InitiatiefRepository.class);
    }

    /** Initiatives point at a kern (a foreign key in the database). */
    protected Kern bewaarKern(Kern kern) {
        return inTransactie(() -> poort(KernRepository.class).voegToe(kern));
    }

    private Kern nieuweKern() {
        return bewaarKern(KernBouwer.eenKern().inGemeente(nieuweGemeente().waarde()).bouw(klok));
    }

    private Initiatief voegToe(Initiatief initiatief) {
        return inTransactie(() -> initiatieven().voegToe(initiatief));
    }

    private Initiatief lees(Initiatief initiatief) {
        return inTransactie(() -> initiatieven().vind(initiatief.getId())).orElseThrow();
    }

    private Initiatief bewaar(Initiatief initiatief) {
        return inTransactie(() -> initiatieven().bewaar(initiatief));
    }

    @Test
    void a_stored_initiative_reads_back_whole_by_id_and_by_public_reference() {
        Kern kern = nieuweKern();
        Initiatief initiatief = eenInitiatief().inKern(kern).bouw(klok);

        voegToe(initiatief);
        Initiatief gelezen = lees(initiatief);

        assertThat(gelezen.getGegevens()).isEqualTo(initiatief.getGegevens());
        assertThat(gelezen.getStatushistorie()).isEqualTo(initiatief.getStatushistorie());
        assertThat(gelezen.getReferentie()).isEqualTo(initiatief.getReferentie());
        assertThat(gelezen.getVersie()).isZero();
        assertThat(inTransactie(() -> initiatieven().vindOpReferentie(initiatief.getReferentie())))
                .map(Initiatief::getId).contains(initiatief.getId());
    }

    @Test
    void the_public_status_read_on_its_own_is_the_aggregates_public_status_its_kerns_name_and_version() {
        Kern kern = nieuweKern();
        Initiatief initiatief = lees(voegToe(eenInitiatief().inKern(kern).bouw(klok)));
        klok.verzet(Duration.ofDays(1));
        initiatief.gaNaar(InitiatiefStatus.IN_BEHANDELING, null, "Sanne", klok);
        initiatief.bepaalRol(Rol.STIMULEREN, "ruimte geven", "Sanne", klok);
        // one agreement kept, one still open: only the open one counts
        for (String wat : List.of("Avri bellen", "Borden plaatsen")) {
            initiatief.maakAfspraak(wat, Partij.INITIATIEFNEMERS, "Jan de Boer", LocalDate.of(2026, 3, 20), klok);
        }
        initiatief.handelAfspraakAf(initiatief.getAfspraken().get(0).id(), AfspraakStatus.NAGEKOMEN, null, klok);
        bewaar(initiatief);
        Initiatief gelezen = lees(initiatief);

        OpenbareWeergave verwacht = new OpenbareWeergave(gelezen.openbaar(), kern.getProfiel().naam(), gelezen.getVersie());
        assertThat(inTransactie(() -> initiatieven().openbaar(initiatief.getReferentie()))).contains(verwacht);
        // the use case reads it outside any transaction (docs/adr/0031)
        assertThat(initiatieven().openbaar(initiatief.getReferentie())).contains(verwacht);
        assertThat(gelezen.openbaar().openAfspraken()).isEqualTo(1);
        assertThat(inTransactie(() -> initiatieven().openbaar(eenInitiatief().bouw(klok).getReferentie()))).isEmpty();
    }

    @Test
    void transitions_rol_decisions_and_contacts_are_stored_in_order_and_bump_the_version() {
        Initiatief initiatief = voegToe(eenInitiatief().inKern(nieuweKern()).bouw(klok));
        klok.verzet(Duration.ofDays(1));
        Initiatief geladen = lees(initiatief);
        geladen.gaNaar(InitiatiefStatus.IN_BEHANDELING, null, "Sanne", klok);
        geladen.bepaalRol(Rol.STIMULEREN, "ruimte geven", "Sanne", klok);
        geladen.bepaalRol(Rol.FACILITEREN, "toch kennis nodig", "Sanne", klok);
        geladen.legContactVast(new Contactmoment(klok.instant(), Kanaal.TELEFOON, "rol besproken", "Sanne"), klok);

        Initiatief bewaard = bewaar(geladen);

        assertThat(bewaard.getVersie()).isEqualTo(1);
        Initiatief gelezen = lees(initiatief);
        assertThat(gelezen.getStatus()).isEqualTo(InitiatiefStatus.IN_BEHANDELING);
        assertThat(gelezen.getStatushistorie()).isEqualTo(geladen.getStatushistorie());
        assertThat(gelezen.getRolhistorie()).isEqualTo(geladen.getRolhistorie());
        assertThat(gelezen.getContactmomenten()).isEqualTo(geladen.getContactmomenten());
        assertThat(gelezen.getRol()).contains(Rol.FACILITEREN);
    }

    @Test
    void the_decision_on_a_right_to_challenge_is_stored_and_reads_back() {
        Initiatief initiatief = voegToe(eenInitiatief().alsUitdaging().inKern(nieuweKern()).bouw(klok));
        assertThat(lees(initiatief).getUitdagingsbesluit()).isEmpty();
        Initiatief geladen = lees(initiatief);
        geladen.gaNaar(InitiatiefStatus.IN_BEHANDELING, null, "Sanne", klok);
        geladen.beslisOverUitdaging(false, "Het beheer is aanbesteed.", "Sanne", klok);

        bewaar(geladen);

        Initiatief gelezen = lees(initiatief);
        assertThat(gelezen.getUitdagingsbesluit()).isEqualTo(geladen.getUitdagingsbesluit());
        assertThat(gelezen.uitdaging()).contains(Uitdagingsfase.AFGEWEZEN);
    }

    @Test
    void saving_a_stale_initiative_fails_as_versie_verouderd() {
        Initiatief initiatief = voegToe(eenInitiatief().inKern(nieuweKern()).bouw(klok));
        Initiatief eerste = lees(initiatief);
        Initiatief tweede = lees(initiatief);
        eerste.gaNaar(InitiatiefStatus.IN_BEHANDELING, null, "Sanne", klok);
        bewaar(eerste);
        tweede.gaNaar(InitiatiefStatus.INGETROKKEN, null, "Sanne", klok);

        assertThatThrownBy(() -> bewaar(tweede)).isInstanceOf(VersieVerouderd.class);
    }

    @Test
    void the_list_stays_in_the_gemeente_and_filters_on_kern_status_rol_and_stil() {
        Kern kern = nieuweKern();
        Gemeentecode gemeente = kern.getGemeente();
        Initiatief stil = voegToe(eenInitiatief().inKern(kern).getiteld("Stil").bouw(klok));
        klok.verzet(Duration.ofDays(10));
        Initiatief metRol = lees(voegToe(eenInitiatief().inKern(kern).getiteld("Met rol").bouw(klok)));
        metRol.gaNaar(InitiatiefStatus.IN_BEHANDELING, null, "Sanne", klok);
        metRol.bepaalRol(Rol.COPRODUCEREN, "samen", "Sanne", klok);
        bewaar(metRol);
        voegToe(eenInitiatief().inKern(nieuweKern()).getiteld("Elders").bouw(klok));

        assertThat(titels(new InitiatiefFilter(gemeente, null, null, null, null, null, null)))
                .containsExactly("Stil", "Met rol");
        assertThat(titels(new InitiatiefFilter(gemeente, kern.getId(), InitiatiefStatus.IN_BEHANDELING, null, null, null, null)))
                .containsExactly("Met rol");
        assertThat(titels(new InitiatiefFilter(gemeente, null, null, Rol.COPRODUCEREN, null, null, null)))
                .containsExactly("Met rol");
        var grens = new Stiltegrenzen(klok.instant().minus(Duration.ofDays(5)), Map.of());
        assertThat(titels(new InitiatiefFilter(gemeente, null, null, null, true, grens, null))).containsExactly("Stil");
        assertThat(titels(new InitiatiefFilter(gemeente, null, null, null, false, grens, null))).containsExactly("Met rol");
        assertThat(stil.getGemeente()).isEqualTo(gemeente);
        // 000 "niet iedere kern is hetzelfde": a kern with a longer threshold of its own is not silent yet
        var ruimer = new Stiltegrenzen(grens.standaard(), Map.of(kern.getId(), klok.instant().minus(Duration.ofDays(20))));
        assertThat(titels(new InitiatiefFilter(gemeente, null, null, null, true, ruimer, null))).isEmpty();
        assertThat(titels(new InitiatiefFilter(gemeente, null, null, null, false, ruimer, null)))
                .containsExactly("Stil", "Met rol");
    }

    @Test
    void the_list_pages_with_a_cursor_without_skipping_or_repeating() {
        Kern kern = nieuweKern();
        for (int i = 0; i < 5; i++) {
            voegToe(eenInitiatief().inKern(kern).getiteld("Initiatief " + i).bouw(klok));
        }
        InitiatiefFilter filter = new InitiatiefFilter(kern.getGemeente(), null, null, null, null, null, null);
        List<String> alle = new ArrayList<>();
        String cursor = null;
        do {
            String deze = cursor;
            Pagina<Initiatief> pagina = inTransactie(() -> initiatieven().zoek(filter, new PaginaVerzoek(deze, 2)));
            pagina.resultaten().forEach(i -> alle.add(i.getGegevens().titel()));
            cursor = pagina.volgendeCursor();
        } while (cursor != null);

        assertThat(alle).containsExactlyInAnyOrder("Initiatief 0", "Initiatief 1", "Initiatief 2", "Initiatief 3",
                "Initiatief 4");
    }

    /** The list reads its rows apart from the aggregate's own read (docs/adr/0037): it must read the same. */
    @Test
    void a_page_reads_each_initiative_back_whole_exactly_as_by_id() {
        Kern kern = nieuweKern();
        Initiatief kaal = voegToe(eenInitiatief().inKern(kern).getiteld("Kaal").bouw(klok));
        klok.verzet(Duration.ofMinutes(1));
        Initiatief vol = lees(voegToe(eenInitiatief().alsUitdaging().inKern(kern).getiteld("Vol").bouw(klok)));
        vol.wijzig(new InitiatiefGegevens("Vol", "Alles ingevuld", new Vorm(true, true, true),
                Set.of(Ondersteuning.GELD, Ondersteuning.FACILITEITEN),
                List.of(new Contactpersoon("Jan de Boer", "jan@example.nl", "06 1234 5678"),
                        new Contactpersoon("Els Smit", null, null)), null), klok);
        klok.verzet(Duration.ofDays(1));
        vol.gaNaar(InitiatiefStatus.IN_BEHANDELING, null, "Sanne", klok);
        vol.bepaalRol(Rol.STIMULEREN, "ruimte geven", "Sanne", klok);
        vol.bepaalRol(Rol.FACILITEREN, "toch kennis nodig", "Sanne", klok);
        vol.legContactVast(new Contactmoment(klok.instant(), Kanaal.TELEFOON, "rol besproken", "Sanne"), klok);
        vol.legContactVast(new Contactmoment(klok.instant(), Kanaal.EMAIL, "verslag", "Sanne"), klok);
        vol.maakAfspraak("Avri bellen", Partij.GEMEENTE, "Fatima Amrani", LocalDate.of(2026, 3, 20), klok);
        var afgehandeld = vol.maakAfspraak("Borden", Partij.INITIATIEFNEMERS, "Jan de Boer", LocalDate.of(2026, 3, 1), klok);
        vol.handelAfspraakAf(afgehandeld.id(), AfspraakStatus.NIET_NAGEKOMEN, "geen tijd", klok);
        LocalDate vandaag = klok.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        vol.legStapVast(Stap.BEPAAL_JE_ROL, "faciliteren", vandaag, "Sanne", vandaag, klok);
        vol.legStapVast(Stap.KEN_DE_GESCHIEDENIS, "eerder geprobeerd", vandaag.minusDays(3), "Sanne", vandaag, klok);
        vol.beslisOverUitdaging(true, "past bij de wijk", "Sanne", klok);
        bewaar(vol);
        Initiatief spam = lees(voegToe(eenInitiatief().inKern(kern).getiteld("Spam").bouw(klok)));
        spam.markeerAlsSpam(klok);
        bewaar(spam);

        for (boolean alsSpam : List.of(false, true)) {
            List<Initiatief> pagina = inTransactie(() -> initiatieven().zoek(new InitiatiefFilter(kern.getGemeente(),
                    null, null, null, null, null, null, alsSpam), new PaginaVerzoek(null, 100))).resultaten();
            List<Initiatief> perId = (alsSpam ? List.of(spam) : List.of(kaal, vol)).stream().map(this::lees).toList();
            assertThat(pagina).extracting(Initiatief::getId).containsExactlyElementsOf(
                    perId.stream().map(Initiatief::getId).toList());
            for (int i = 0; i < pagina.size(); i++) {
                assertThat(pagina.get(i)).usingRecursiveComparison().isEqualTo(perId.get(i));
            }
        }
        assertThat(lees(vol).getAfspraken()).hasSize(2);
        assertThat(lees(vol).getStappen()).hasSize(2);
    }

    @Test
    void agreements_are_stored_and_only_open_overdue_ones_are_listed_per_kern_and_person() {
        Kern kern = nieuweKern();
        Initiatief initiatief = lees(voegToe(eenInitiatief().inKern(kern).getiteld("Containers").bouw(klok)));
        var verlopen = initiatief.maakAfspraak("Borden plaatsen", Partij.GEMEENTE, "Fatima Amrani",
                LocalDate.of(2026, 3, 20), klok);
        initiatief.maakAfspraak("Opruimactie", Partij.INITIATIEFNEMERS, "Jan de Boer", LocalDate.of(2026, 3, 25), klok);
        var nagekomen = initiatief.maakAfspraak("Avri bellen", Partij.GEMEENTE, "Fatima Amrani",
                LocalDate.of(2026, 3, 1), klok);
        initiatief.maakAfspraak("Evaluatie", Partij.GEMEENTE, "Fatima Amrani", LocalDate.of(2026, 6, 1), klok);
        initiatief.handelAfspraakAf(nagekomen.id(), AfspraakStatus.NAGEKOMEN, null, klok);
        bewaar(initiatief);
        LocalDate vandaag = LocalDate.of(2026, 4, 1);

        assertThat(lees(initiatief).getAfspraken()).isEqualTo(initiatief.getAfspraken());
        assertThat(inTransactie(() -> initiatieven().verlopenAfspraken(kern.getGemeente(), kern.getId(), null, vandaag)))
                .extracting(v -> v.afspraak().wat()).containsExactly("Borden plaatsen", "Opruimactie");
        assertThat(inTransactie(() -> initiatieven().verlopenAfspraken(kern.getGemeente(), null, "fatima amrani", vandaag)))
                .singleElement().satisfies(v -> {
                    assertThat(v.afspraak()).isEqualTo(verlopen);
                    assertThat(v.titel()).isEqualTo("Containers");
                    assertThat(v.kern()).isEqualTo(kern.getId());
                });
        assertThat(inTransactie(() -> initiatieven().verlopenAfspraken(nieuweGemeente(), null, null, vandaag))).isEmpty();
    }

    @Test
    void the_open_work_of_a_kern_is_its_open_initiatives_and_closed_ones_with_an_open_agreement() {
        Kern kern = nieuweKern();
        Initiatief open = voegToe(eenInitiatief().inKern(kern).getiteld("Open").bouw(klok));
        Initiatief metAfspraak = lees(voegToe(eenInitiatief().inKern(kern).getiteld("Met afspraak").bouw(klok)));
        metAfspraak.maakAfspraak("Evaluatie", Partij.GEMEENTE, "Fatima Amrani", LocalDate.of(2026, 6, 1), klok);
        metAfspraak.gaNaar(InitiatiefStatus.INGETROKKEN, null, "Sanne", klok);
        bewaar(metAfspraak);
        Initiatief klaar = lees(voegToe(eenInitiatief().inKern(kern).getiteld("Klaar").bouw(klok)));
        klaar.gaNaar(InitiatiefStatus.INGETROKKEN, null, "Sanne", klok);
        bewaar(klaar);
        voegToe(eenInitiatief().inKern(nieuweKern()).getiteld("Elders").bouw(klok));

        assertThat(inTransactie(() -> initiatieven().metOpenWerk(kern.getId()))).extracting(Initiatief::getId)
                .containsExactlyInAnyOrder(open.getId(), metAfspraak.getId());
    }

    @Test
    void similar_initiatives_are_earlier_ones_in_the_same_kern_sharing_words() {
        Kern kern = nieuweKern();
        voegToe(eenInitiatief().inKern(kern).getiteld("Zwerfvuil rond de speeltuin")
                .beschreven("Kinderen ruimen zwerfvuil op bij de speeltuin").bouw(klok));
        voegToe(eenInitiatief().inKern(kern).getiteld("Jeu-de-boulesbaan")
                .beschreven("Een baan voor petanque op het kerkplein").bouw(klok));
        voegToe(eenInitiatief().inKern(nieuweKern()).getiteld("Zwerfvuil elders")
                .beschreven("Zwerfvuil in een ander dorp").bouw(klok));
        klok.verzet(Duration.ofDays(1));
        Initiatief dit = voegToe(eenInitiatief().inKern(kern).getiteld("Opruimdag")
                .beschreven("Bewoners halen zwerfvuil weg langs de dijk").bouw(klok));
        klok.verzet(Duration.ofDays(1));
        voegToe(eenInitiatief().inKern(kern).getiteld("Later zwerfvuil")
                .beschreven("Nog meer zwerfvuil, maar later ingediend").bouw(klok));

        assertThat(inTransactie(() -> initiatieven().vergelijkbare(dit, 10)))
                .extracting(i -> i.getGegevens().titel()).containsExactly("Zwerfvuil rond de speeltuin");
    }

    private List<String> titels(InitiatiefFilter filter) {
        return inTransactie(() -> initiatieven().zoek(filter, new PaginaVerzoek(null, 100))).resultaten().stream()
                .map(i -> i.getGegevens().titel()).toList();
    }
}
