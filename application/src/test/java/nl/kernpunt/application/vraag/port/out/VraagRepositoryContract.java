package nl.kernpunt.application.vraag.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.contract.PortContract;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.vraag.VraagFilter;
import nl.kernpunt.application.vraag.Vraagcijfers;
import nl.kernpunt.domain.gedeeld.Contactpersoon;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.testdata.KernBouwer;
import nl.kernpunt.domain.testdata.VasteKlok;
import nl.kernpunt.domain.vraag.Antwoordtermijn;
import nl.kernpunt.domain.vraag.Termijnsoort;
import nl.kernpunt.domain.vraag.Vraag;
import nl.kernpunt.domain.vraag.VraagId;
import nl.kernpunt.domain.vraag.VraagStatus;
import org.junit.jupiter.api.Test;

public abstract class VraagRepositoryContract extends PortContract {

    private static final Contactpersoon INWONER = new Contactpersoon("Mevrouw Van Rijn", "vanrijn@example.nl", null);
    private static final Contactpersoon COLLEGA = new Contactpersoon("Team Openbare Ruimte", "or@buren.nl", null);

    protected VraagRepository vragen() {
        return poort(VraagRepository.class);
    }

    /** Questions point at a kern (a foreign key in the database). */
    protected Kern bewaarKern(Kern kern) {
        return inTransactie(() -> poort(KernRepository.class).voegToe(kern));
    }

    private Kern nieuweKern(Gemeentecode gemeente, String kernambtenaar) {
        return bewaarKern(KernBouwer.eenKern().inGemeente(gemeente.waarde()).genaamd("Kern van " + kernambtenaar)
                .metKernambtenaar(KernBouwer.eenKernambtenaar(kernambtenaar)).bouw(klok));
    }

    private Vraag ontvangen(Kern kern, Instant op, Antwoordtermijn termijn) {
        return Vraag.ontvang(kern.getGemeente(), kern.getId(), "Afval naast de containers", "Elke week weer.", INWONER,
                op, kern.getKernambtenaar().orElse(null), termijn, "Sanne de Vries", klok);
    }

    private Vraag voegToe(Vraag vraag) {
        return inTransactie(() -> vragen().voegToe(vraag));
    }

    private Vraag lees(Vraag vraag) {
        return inTransactie(() -> vragen().vind(vraag.getId())).orElseThrow();
    }

    private List<VraagId> alle(VraagFilter filter) {
        List<VraagId> ids = new ArrayList<>();
        String cursor = null;
        do {
            String deze = cursor;
            Pagina<Vraag> pagina = inTransactie(() -> vragen().zoek(filter, new PaginaVerzoek(deze, 3)));
            pagina.resultaten().forEach(v -> ids.add(v.getId()));
            cursor = pagina.volgendeCursor();
        } while (cursor != null);
        return ids;
    }

    private static VraagFilter filter(Gemeentecode gemeente, Instant nu) {
        return new VraagFilter(gemeente, null, null, null, null, null, nu);
    }

    @Test
    void the_open_questions_of_a_kern_are_the_ones_not_closed_and_a_new_kernambtenaar_is_stored() {
        Kern kern = nieuweKern(nieuweGemeente(), "Sanne de Vries");
        Vraag open = voegToe(ontvangen(kern, klok.instant(), Antwoordtermijn.EEN_WEEK));
        Vraag gesloten = ontvangen(kern, klok.instant(), Antwoordtermijn.EEN_WEEK);
        gesloten.sluit("dubbel", "x", klok);
        voegToe(gesloten);
        voegToe(ontvangen(nieuweKern(nieuweGemeente(), "Ahmed El Idrissi"), klok.instant(), Antwoordtermijn.EEN_WEEK));

        List<Vraag> gevonden = inTransactie(() -> vragen().openVanKern(kern.getId()));
        assertThat(gevonden).extracting(Vraag::getId).containsExactly(open.getId());

        Vraag overgenomen = gevonden.get(0);
        overgenomen.neemOverDoor(COLLEGA, klok);
        inTransactie(() -> vragen().bewaar(overgenomen));
        assertThat(lees(open).getKernambtenaar()).contains(COLLEGA);
    }

    @Test
    void a_stored_question_reads_back_whole_with_its_history_pauses_and_term() {
        Kern kern = nieuweKern(nieuweGemeente(), "Sanne de Vries");
        Vraag vraag = ontvangen(kern, klok.instant().minus(Duration.ofDays(2)), new Antwoordtermijn(5, Termijnsoort.WERKDAGEN));
        vraag.zetDoor(COLLEGA, "Sanne de Vries", klok);
        vraag.wachtOpInwoner("welke container?", "Team Openbare Ruimte", klok);
        klok.verzet(Duration.ofHours(30));
        vraag.hervat("Team Openbare Ruimte", klok);
        vraag.geefProcesantwoord("we komen kijken", LocalDate.of(2026, 4, 20), null, "Team Openbare Ruimte", klok);

        voegToe(vraag);
        Vraag gelezen = lees(vraag);

        assertThat(gelezen.getVrager()).isEqualTo(INWONER);
        assertThat(gelezen.getKernambtenaar()).isEqualTo(kern.getKernambtenaar());
        assertThat(gelezen.getBehandelaar()).isEqualTo(COLLEGA);
        assertThat(gelezen.getTermijn()).isEqualTo(vraag.getTermijn());
        assertThat(gelezen.getStatus()).isEqualTo(VraagStatus.PROCESANTWOORD_GEGEVEN);
        assertThat(gelezen.getHistorie()).isEqualTo(vraag.getHistorie());
        assertThat(gelezen.getPauzes()).isEqualTo(vraag.getPauzes());
        assertThat(gelezen.getEersteReactieOp()).isEqualTo(vraag.getEersteReactieOp());
        assertThat(gelezen.getVerwachtAntwoordOp()).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(gelezen.termijnstand(klok.instant())).isEqualTo(vraag.termijnstand(klok.instant()));
        assertThat(gelezen.getVersie()).isZero();
    }

    @Test
    void saving_a_stale_copy_is_refused_and_a_save_bumps_the_version() {
        Kern kern = nieuweKern(nieuweGemeente(), "Sanne de Vries");
        Vraag opgeslagen = voegToe(ontvangen(kern, klok.instant(), Antwoordtermijn.EEN_WEEK));
        Vraag eerste = lees(opgeslagen);
        Vraag tweede = lees(opgeslagen);

        eerste.beantwoord("extra ronde", "Sanne de Vries", klok);
        assertThat(inTransactie(() -> vragen().bewaar(eerste)).getVersie()).isEqualTo(1);
        tweede.sluit("dubbel", "Sanne de Vries", klok);
        assertThatThrownBy(() -> inTransactie(() -> vragen().bewaar(tweede))).isInstanceOf(VersieVerouderd.class);
    }

    @Test
    void the_list_filters_per_kern_status_and_person_and_pages_by_receipt() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern maurik = nieuweKern(gemeente, "Sanne de Vries");
        Kern eck = nieuweKern(gemeente, "Pieter Bos");
        Vraag eerste = voegToe(ontvangen(maurik, klok.instant().minus(Duration.ofDays(3)), Antwoordtermijn.EEN_WEEK));
        Vraag tweede = ontvangen(eck, klok.instant().minus(Duration.ofDays(2)), Antwoordtermijn.EEN_WEEK);
        tweede.zetDoor(COLLEGA, "Pieter Bos", klok);
        voegToe(tweede);
        Vraag derde = voegToe(ontvangen(eck, klok.instant().minus(Duration.ofDays(1)), Antwoordtermijn.EEN_WEEK));
        Instant nu = klok.instant();

        assertThat(alle(filter(gemeente, nu))).containsExactly(eerste.getId(), tweede.getId(), derde.getId());
        assertThat(alle(new VraagFilter(gemeente, eck.getId(), null, null, null, null, nu)))
                .containsExactly(tweede.getId(), derde.getId());
        assertThat(alle(new VraagFilter(gemeente, null, null, VraagStatus.DOORGEZET, null, null, nu)))
                .containsExactly(tweede.getId());
        assertThat(alle(new VraagFilter(gemeente, null, "sanne de vries", null, null, null, nu)))
                .containsExactly(eerste.getId());
        assertThat(alle(new VraagFilter(gemeente, null, "TEAM OPENBARE RUIMTE", null, null, null, nu)))
                .containsExactly(tweede.getId());
        assertThat(alle(filter(nieuweGemeente(), nu))).isEmpty();
    }

    @Test
    void overdue_and_due_lists_hold_running_deadlines_only_earliest_first() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern kern = nieuweKern(gemeente, "Sanne de Vries");
        Instant nu = klok.instant();
        Vraag langVerlopen = voegToe(ontvangen(kern, nu.minus(Duration.ofDays(12)), Antwoordtermijn.EEN_WEEK));
        Vraag netVerlopen = voegToe(ontvangen(kern, nu.minus(Duration.ofDays(8)), Antwoordtermijn.EEN_WEEK));
        Vraag beantwoord = ontvangen(kern, nu.minus(Duration.ofDays(9)), Antwoordtermijn.EEN_WEEK);
        beantwoord.beantwoord("klaar", "x", klok);
        voegToe(beantwoord);
        // paused before its deadline: the clock stands still, so it is neither overdue nor due
        Vraag wacht = ontvangen(kern, nu.minus(Duration.ofDays(3)), Antwoordtermijn.EEN_WEEK);
        wacht.wachtOpInwoner("foto", "x", klok);
        voegToe(wacht);
        Vraag morgen = voegToe(ontvangen(kern, nu.minus(Duration.ofDays(6)), Antwoordtermijn.EEN_WEEK));
        Vraag overDrieDagen = voegToe(ontvangen(kern, nu.minus(Duration.ofDays(4)), Antwoordtermijn.EEN_WEEK));
        Vraag vandaag = voegToe(ontvangen(kern, nu, Antwoordtermijn.EEN_WEEK));
        Instant overTweeDagen = nu.plus(Duration.ofDays(2));

        assertThat(alle(new VraagFilter(gemeente, null, null, null, true, null, nu)))
                .containsExactly(langVerlopen.getId(), netVerlopen.getId());
        assertThat(alle(new VraagFilter(gemeente, null, null, null, false, null, nu)))
                .containsExactlyInAnyOrder(beantwoord.getId(), wacht.getId(), morgen.getId(), overDrieDagen.getId(),
                        vandaag.getId());
        assertThat(alle(new VraagFilter(gemeente, null, null, null, null, overTweeDagen, nu)))
                .containsExactly(morgen.getId());
        assertThat(alle(new VraagFilter(gemeente, null, null, null, null, nu.plus(Duration.ofDays(7)), nu)))
                .containsExactly(morgen.getId(), overDrieDagen.getId(), vandaag.getId());
    }

    /**
     * Property: for questions received at many random moments over a year (both DST changes), with
     * calendar or working days, some paused (some of them resumed), some answered, the overdue list
     * at random moments holds exactly the unanswered ones the domain calls overdue.
     */
    @Test
    void the_overdue_list_agrees_with_the_domain_at_many_random_moments() {
        Random random = new Random(20260401L);
        Gemeentecode gemeente = nieuweGemeente();
        Kern kern = nieuweKern(gemeente, "Sanne de Vries");
        Instant eind = klok.instant();
        List<Vraag> vragen = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Instant ontvangen = eind.minus(Duration.ofSeconds(random.nextInt(365 * 24 * 3600)));
            Antwoordtermijn termijn = new Antwoordtermijn(1 + random.nextInt(14),
                    random.nextBoolean() ? Termijnsoort.KALENDERDAGEN : Termijnsoort.WERKDAGEN);
            VasteKlok eigen = new VasteKlok(ontvangen);
            Vraag vraag = Vraag.ontvang(gemeente, kern.getId(), "o", "t", INWONER, ontvangen, null, termijn, "x", eigen);
            if (random.nextInt(3) == 0) {
                eigen.verzet(Duration.ofMinutes(random.nextInt(10 * 24 * 60)));
                vraag.wachtOpInwoner("foto", "x", eigen);
                eigen.verzet(Duration.ofMinutes(random.nextInt(20 * 24 * 60)));
                if (random.nextBoolean() && !eigen.instant().isAfter(eind)) {
                    vraag.hervat("x", eigen);
                }
            } else if (random.nextInt(4) == 0) {
                eigen.verzet(Duration.ofMinutes(random.nextInt(15 * 24 * 60)));
                vraag.beantwoord("klaar", "x", eigen);
            }
            vragen.add(voegToe(vraag));
        }
        for (int i = 0; i < 15; i++) {
            Instant nu = eind.minus(Duration.ofSeconds(random.nextInt(300 * 24 * 3600)));
            Set<VraagId> verwacht = vragen.stream()
                    .filter(v -> v.getStatus() != VraagStatus.GESLOTEN && v.getEersteReactieOp() == null)
                    .filter(v -> v.termijnstand(nu).isVerlopen())
                    .map(Vraag::getId).collect(Collectors.toSet());

            assertThat(alle(new VraagFilter(gemeente, null, null, null, true, null, nu)))
                    .as("verlopen op %s", nu).containsExactlyInAnyOrderElementsOf(verwacht);
        }
    }

    @Test
    void the_figures_count_received_in_time_late_and_open_overdue_as_counted_here() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern maurik = nieuweKern(gemeente, "Sanne de Vries");
        Kern eck = nieuweKern(gemeente, "Pieter Bos");
        Instant nu = klok.instant();
        Random random = new Random(7L);
        List<Vraag> vragen = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Kern kern = random.nextBoolean() ? maurik : eck;
            // from mid-February to now: around the period's start (1 March)
            Instant ontvangen = nu.minus(Duration.ofHours(random.nextInt(45 * 24)));
            VasteKlok eigen = new VasteKlok(ontvangen);
            Vraag vraag = Vraag.ontvang(gemeente, kern.getId(), "o", "t", INWONER, ontvangen, null,
                    Antwoordtermijn.EEN_WEEK, "x", eigen);
            switch (random.nextInt(4)) {
                case 0 -> {
                    eigen.verzet(Duration.ofHours(random.nextInt(14 * 24)));
                    if (!eigen.instant().isAfter(nu)) {
                        vraag.beantwoord("klaar", "x", eigen);
                    }
                }
                case 1 -> {
                    eigen.verzet(Duration.ofHours(random.nextInt(14 * 24)));
                    if (!eigen.instant().isAfter(nu)) {
                        vraag.geefProcesantwoord("bezig", LocalDate.of(2026, 5, 1), COLLEGA, "x", eigen);
                    }
                }
                case 2 -> vraag.sluit("dubbel", "x", eigen);
                default -> { }
            }
            vragen.add(voegToe(vraag));
        }
        Periode maart = new Periode(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        LocalDate vandaag = LocalDate.ofInstant(nu, Periode.NEDERLAND);
        Instant dagBegin = vandaag.atStartOfDay(Periode.NEDERLAND).toInstant();

        for (Optional<KernId> kern : List.of(Optional.<KernId>empty(), Optional.of(eck.getId()))) {
            List<Vraag> inBereik = vragen.stream()
                    .filter(v -> kern.map(v.getKern()::equals).orElse(true))
                    .filter(v -> maart.bevat(LocalDate.ofInstant(v.getOntvangenOp(), Periode.NEDERLAND)))
                    .toList();
            long binnen = inBereik.stream().filter(v -> v.getEersteReactieOp() != null
                    && !v.getEersteReactieOp().isAfter(v.termijnstand(nu).deadline())).count();
            long teLaat = inBereik.stream().filter(v -> v.getEersteReactieOp() != null
                    && v.getEersteReactieOp().isAfter(v.termijnstand(nu).deadline())).count();
            // as the day began: a deadline passed today is the monitoring probe's to count, at each read
            long open = inBereik.stream().filter(v -> v.getEersteReactieOp() == null
                    && v.getStatus() != VraagStatus.GESLOTEN && v.termijnstand(nu).deadline().isBefore(dagBegin)).count();

            Vraagcijfers cijfers = inTransactie(() -> vragen().tel(new Monitoringbereik(gemeente, kern, maart), vandaag));

            assertThat(cijfers).isEqualTo(new Vraagcijfers(inBereik.size(), binnen, teLaat, open));
            assertThat(cijfers.overschreden()).isEqualTo(teLaat + open);
        }
    }
}
