package nl.kernpunt.application.monitoring;

import static nl.kernpunt.domain.testdata.InitiatiefBouwer.eenInitiatief;
import static nl.kernpunt.domain.testdata.TrajectBouwer.eenTraject;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.contract.PortContract;
import nl.kernpunt.application.initiatief.Afspraakcijfers;
import nl.kernpunt.application.initiatief.Initiatiefcijfers;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.Kerncijfers;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.traject.Trajectcijfers;
import nl.kernpunt.application.traject.port.out.ParticipatietrajectRepository;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Afspraak;
import nl.kernpunt.domain.initiatief.AfspraakStatus;
import nl.kernpunt.domain.initiatief.Contactmoment;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.initiatief.Kanaal;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Partij;
import nl.kernpunt.domain.initiatief.Rol;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.testdata.KernBouwer;
import nl.kernpunt.domain.testdata.TrajectBouwer;
import nl.kernpunt.domain.testdata.VasteKlok;
import nl.kernpunt.domain.traject.Evaluatie;
import nl.kernpunt.domain.traject.Participatieniveau;
import nl.kernpunt.domain.traject.Participatietraject;
import org.junit.jupiter.api.Test;

/**
 * The monitoring counts of every repository that contributes a section. Each test stores its own
 * rows in a fresh gemeente and compares every figure with a count made here from those rows.
 */
public abstract class MonitoringContract extends PortContract {

    /** The second quarter of 2026: summer time, so midnight in the Netherlands is 22:00 UTC. */
    private static final Periode KWARTAAL = new Periode(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1));

    protected KernRepository kernen() {
        return poort(KernRepository.class);
    }

    protected InitiatiefRepository initiatieven() {
        return poort(InitiatiefRepository.class);
    }

    protected ParticipatietrajectRepository trajecten() {
        return poort(ParticipatietrajectRepository.class);
    }

    private Kern kern(Gemeentecode gemeente, String naam, boolean metKernambtenaar) {
        KernBouwer bouwer = KernBouwer.eenKern().genaamd(naam).inGemeente(gemeente.waarde());
        Kern kern = (metKernambtenaar ? bouwer : bouwer.zonderKernambtenaar()).bouw(klok);
        return inTransactie(() -> kernen().voegToe(kern));
    }

    private Initiatief bewaar(Initiatief initiatief) {
        return inTransactie(() -> initiatieven().voegToe(initiatief));
    }

    private Participatietraject bewaar(Participatietraject traject) {
        return inTransactie(() -> trajecten().voegToe(traject));
    }

    private static Monitoringbereik bereik(Gemeentecode gemeente, Kern kern, Periode periode) {
        return new Monitoringbereik(gemeente, Optional.ofNullable(kern).map(Kern::getId), periode);
    }

    @Test
    void an_initiative_counts_from_the_first_to_the_last_instant_of_the_period_on_the_dutch_wall_clock() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern kern = kern(gemeente, "Zoelen", true);
        for (String moment : List.of("2026-03-31T21:59:59.999999Z", "2026-03-31T22:00:00Z",
                "2026-06-30T21:59:59.999999Z", "2026-06-30T22:00:00Z")) {
            bewaar(eenInitiatief().inKern(kern).bouw(VasteKlok.op(moment)));
        }

        Initiatiefcijfers cijfers = inTransactie(() -> initiatieven().tel(bereik(gemeente, null, KWARTAAL)));

        assertThat(cijfers.gestart()).as("1 April 00:00 and 30 June 23:59:59.999999 in Amsterdam").isEqualTo(2);
        assertThat(cijfers.perStatus()).containsEntry(InitiatiefStatus.INGEDIEND, 2L);
        assertThat(cijfers.zonderRol()).isEqualTo(2);
    }

    @Test
    void initiatives_are_counted_by_current_status_and_rol_for_the_gemeente_and_for_one_kern() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern zoelen = kern(gemeente, "Zoelen", true);
        Kern ingen = kern(gemeente, "Ingen", true);
        Random willekeurig = new Random(20261129);
        List<Initiatief> opgeslagen = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Kern kern = willekeurig.nextBoolean() ? zoelen : ingen;
            VasteKlok moment = VasteKlok.op("2026-04-01T00:00:00Z");
            moment.verzet(Duration.ofHours(willekeurig.nextInt(24 * 100)));
            Initiatief initiatief = eenInitiatief().inKern(kern).bouw(moment);
            doorloop(initiatief, willekeurig, moment);
            opgeslagen.add(bewaar(initiatief));
        }
        bewaar(eenInitiatief().inKern(kern(nieuweGemeente(), "Elders", true)).bouw(klok));

        for (Kern kern : new Kern[] {null, zoelen}) {
            Initiatiefcijfers cijfers = inTransactie(() -> initiatieven().tel(bereik(gemeente, kern, KWARTAAL)));

            List<Initiatief> verwacht = opgeslagen.stream()
                    .filter(i -> kern == null || i.getKern().equals(kern.getId()))
                    .filter(i -> KWARTAAL.bevat(LocalDate.ofInstant(i.getAangemaaktOp(), Periode.NEDERLAND)))
                    .toList();
            assertThat(cijfers.gestart()).isEqualTo(verwacht.size());
            for (InitiatiefStatus status : InitiatiefStatus.values()) {
                assertThat(cijfers.perStatus().get(status)).as(status.name())
                        .isEqualTo(verwacht.stream().filter(i -> i.getStatus() == status).count());
            }
            for (Rol rol : Rol.values()) {
                assertThat(cijfers.perRol().get(rol)).as(rol.name())
                        .isEqualTo(verwacht.stream().filter(i -> i.getRol().equals(Optional.of(rol))).count());
            }
            assertThat(cijfers.zonderRol()).isEqualTo(verwacht.stream().filter(i -> i.getRol().isEmpty()).count());
        }
    }

    /** A random walk through the lifecycle, deciding a Rol now and then and telling the initiators, as staff would. */
    private static void doorloop(Initiatief initiatief, Random willekeurig, VasteKlok klok) {
        while (initiatief.getStatus().isOpen() && willekeurig.nextInt(4) > 0) {
            if (willekeurig.nextInt(3) == 0 || initiatief.getStatus() == InitiatiefStatus.IN_BEHANDELING) {
                Rol rol = Rol.values()[willekeurig.nextInt(Rol.values().length)];
                initiatief.bepaalRol(rol, "past bij de kernagenda", "Sanne", klok);
                initiatief.legContactVast(new Contactmoment(klok.instant(), Kanaal.TELEFOON, "rol toegelicht", "Sanne"),
                        klok);
            }
            List<InitiatiefStatus> volgende = List.copyOf(initiatief.getStatus().volgende());
            InitiatiefStatus naar = volgende.get(willekeurig.nextInt(volgende.size()));
            initiatief.gaNaar(naar, "gemotiveerd", "Sanne", klok);
        }
    }

    @Test
    void agreements_due_in_the_period_are_kept_not_kept_overdue_or_running_against_today() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern zoelen = kern(gemeente, "Zoelen", true);
        Kern ingen = kern(gemeente, "Ingen", true);
        LocalDate vandaag = LocalDate.of(2026, 5, 15);
        List<LocalDate> deadlines = List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), vandaag.minusDays(1),
                vandaag, LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1));
        Random willekeurig = new Random(85);
        List<Afspraak> afspraken = new ArrayList<>();
        List<KernId> kernVan = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Kern kern = i % 2 == 0 ? zoelen : ingen;
            Initiatief initiatief = eenInitiatief().inKern(kern).bouw(klok);
            for (LocalDate deadline : deadlines) {
                Afspraak afspraak = initiatief.maakAfspraak("borden plaatsen", Partij.GEMEENTE, "Jeroen Bosman", deadline, klok);
                AfspraakStatus status = AfspraakStatus.values()[willekeurig.nextInt(3)];
                if (status != AfspraakStatus.OPEN) {
                    afspraak = initiatief.handelAfspraakAf(afspraak.id(), status, "budget ontbrak", klok);
                }
                afspraken.add(afspraak);
                kernVan.add(kern.getId());
            }
            bewaar(initiatief);
        }

        for (Kern kern : new Kern[] {null, ingen}) {
            Afspraakcijfers cijfers = inTransactie(() -> initiatieven().telAfspraken(bereik(gemeente, kern, KWARTAAL), vandaag));

            List<Afspraak> verwacht = new ArrayList<>();
            for (int i = 0; i < afspraken.size(); i++) {
                if ((kern == null || kernVan.get(i).equals(kern.getId())) && KWARTAAL.bevat(afspraken.get(i).deadline())) {
                    verwacht.add(afspraken.get(i));
                }
            }
            assertThat(cijfers.nagekomen()).isEqualTo(aantal(verwacht, a -> a.status() == AfspraakStatus.NAGEKOMEN));
            assertThat(cijfers.nietNagekomen()).isEqualTo(aantal(verwacht, a -> a.status() == AfspraakStatus.NIET_NAGEKOMEN));
            assertThat(cijfers.verlopen()).isEqualTo(aantal(verwacht, a -> a.status() == AfspraakStatus.OPEN
                    && a.deadline().isBefore(vandaag)));
            assertThat(cijfers.lopend()).isEqualTo(aantal(verwacht, a -> a.status() == AfspraakStatus.OPEN
                    && !a.deadline().isBefore(vandaag)));
            assertThat(cijfers.totaal()).as("31 March and 1 July fall outside").isEqualTo(verwacht.size())
                    .isEqualTo((kern == null ? 12 : 6) * 4L);
        }
    }

    @Test
    void trajecten_that_ran_in_the_period_are_counted_by_level_feedback_and_evaluation() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern zoelen = kern(gemeente, "Zoelen", true);
        Kern ingen = kern(gemeente, "Ingen", true);
        Random willekeurig = new Random(7);
        List<Participatietraject> opgeslagen = new ArrayList<>();
        LocalDate[] data = {null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 7, 1)};
        for (int i = 0; i < 30; i++) {
            LocalDate start = data[willekeurig.nextInt(data.length)];
            LocalDate eind = data[willekeurig.nextInt(data.length)];
            if (start != null && eind != null && eind.isBefore(start)) {
                LocalDate wissel = start;
                start = eind;
                eind = wissel;
            }
            int scope = willekeurig.nextInt(3);
            TrajectBouwer bouwer = eenTraject().inGemeente(gemeente).loopt(start, eind);
            if (scope > 0) {
                bouwer.inKern((scope == 1 ? zoelen : ingen).getId());
            }
            // created on 30 June in the Netherlands: that day counts when there is no start date
            Participatietraject traject = bouwer.bouw(VasteKlok.op(i % 2 == 0 ? "2026-06-30T21:00:00Z" : "2026-06-30T22:30:00Z"));
            if (willekeurig.nextBoolean()) {
                Participatieniveau niveau = Participatieniveau.values()[willekeurig.nextInt(5)];
                traject.legNiveauVast(niveau, TrajectBouwer.niveaubepaling(), "Lotte", klok);
            }
            switch (willekeurig.nextInt(4)) {
                case 0 -> traject.legEvaluatieVast(TrajectBouwer.volledigeEvaluatie(), "Lotte", klok);
                case 1 -> traject.legEvaluatieVast(new Evaluatie("brief aan deelnemers", null, null, null, null, null), "Lotte", klok);
                case 2 -> traject.legEvaluatieVast(new Evaluatie(null, "ja", null, null, null, null), "Lotte", klok);
                default -> { }
            }
            opgeslagen.add(bewaar(traject));
        }

        for (Kern kern : new Kern[] {null, zoelen}) {
            Trajectcijfers cijfers = inTransactie(() -> trajecten().tel(bereik(gemeente, kern, KWARTAAL)));

            List<Participatietraject> verwacht = opgeslagen.stream()
                    .filter(t -> kern == null || t.getGegevens().gemeentebreed() || t.getGegevens().kernen().contains(kern.getId()))
                    .filter(t -> {
                        LocalDate start = t.getGegevens().startDatum() != null ? t.getGegevens().startDatum()
                                : LocalDate.ofInstant(t.getAangemaaktOp(), Periode.NEDERLAND);
                        LocalDate eind = t.getGegevens().eindDatum();
                        return start.isBefore(KWARTAAL.tot()) && (eind == null || !eind.isBefore(KWARTAAL.van()));
                    })
                    .toList();
            assertThat(verwacht).as("the random data must hit both sides of the boundaries").isNotEmpty()
                    .hasSizeLessThan(opgeslagen.size());
            assertThat(cijfers.totaal()).isEqualTo(verwacht.size());
            Map<Participatieniveau, Long> perNiveau = new EnumMap<>(Participatieniveau.class);
            for (Participatieniveau niveau : Participatieniveau.values()) {
                perNiveau.put(niveau, verwacht.stream().filter(t -> t.getNiveau().equals(Optional.of(niveau))).count());
            }
            assertThat(cijfers.perNiveau()).isEqualTo(perNiveau);
            assertThat(cijfers.zonderNiveau()).isEqualTo(verwacht.stream().filter(t -> t.getNiveau().isEmpty()).count());
            assertThat(cijfers.metTerugkoppeling()).isEqualTo(verwacht.stream().filter(t -> t.getStappen().evaluatie() != null
                    && t.getStappen().evaluatie().uitkomst().heeftTerugkoppeling()).count());
            assertThat(cijfers.geevalueerd()).isEqualTo(verwacht.stream().filter(t -> t.getStappen().evaluatie() != null
                    && t.getStappen().evaluatie().uitkomst().heeftProcesevaluatie()).count());
        }
    }

    @Test
    void kernen_count_when_not_archived_and_with_a_kernambtenaar_when_the_function_is_filled_now() {
        Gemeentecode gemeente = nieuweGemeente();
        kern(gemeente, "Zoelen", true);
        Kern ingen = kern(gemeente, "Ingen", false);
        kern(gemeente, "Asch", true);
        Kern gearchiveerd = kern(gemeente, "Erichem", true);
        gearchiveerd.archiveer(klok);
        inTransactie(() -> kernen().bewaar(gearchiveerd));
        kern(nieuweGemeente(), "Elders", true);

        Kerncijfers gemeentebreed = inTransactie(() -> kernen().tel(bereik(gemeente, null, KWARTAAL)));
        Kerncijfers alleenIngen = inTransactie(() -> kernen().tel(bereik(gemeente, ingen, KWARTAAL)));

        assertThat(gemeentebreed).isEqualTo(new Kerncijfers(3, 2));
        assertThat(gemeentebreed.percentageMetKernambtenaar()).isEqualByComparingTo("66.7");
        assertThat(alleenIngen).isEqualTo(new Kerncijfers(1, 0));
    }

    @Test
    void a_gemeente_without_rows_has_only_zeros() {
        Monitoringbereik leeg = bereik(nieuweGemeente(), null, KWARTAAL);

        assertThat(inTransactie(() -> initiatieven().tel(leeg)).gestart()).isZero();
        assertThat(inTransactie(() -> initiatieven().telAfspraken(leeg, LocalDate.of(2026, 5, 1))).totaal()).isZero();
        assertThat(inTransactie(() -> trajecten().tel(leeg)).totaal()).isZero();
        assertThat(inTransactie(() -> kernen().tel(leeg))).isEqualTo(new Kerncijfers(0, 0));
        assertThat(inTransactie(() -> kernen().tel(leeg)).percentageMetKernambtenaar()).isNull();
    }

    private static long aantal(List<Afspraak> afspraken, Predicate<Afspraak> voorwaarde) {
        return afspraken.stream().filter(voorwaarde).count();
    }
}
