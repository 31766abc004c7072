package nl.kernpunt.application.traject.port.out;

import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static nl.kernpunt.domain.testdata.TrajectBouwer.betrokkenen;
import static nl.kernpunt.domain.testdata.TrajectBouwer.communicatieplan;
import static nl.kernpunt.domain.testdata.TrajectBouwer.eenJa;
import static nl.kernpunt.domain.testdata.TrajectBouwer.eenTraject;
import static nl.kernpunt.domain.testdata.TrajectBouwer.middelen;
import static nl.kernpunt.domain.testdata.TrajectBouwer.niveaubepaling;
import static nl.kernpunt.domain.testdata.TrajectBouwer.volledigeEvaluatie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kernpunt.application.gedeeld.contract.PortContract;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.gemeente.Stiltegrenzen;
import nl.kernpunt.application.traject.TrajectFilter;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.Contactmoment;
import nl.kernpunt.domain.initiatief.Kanaal;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.traject.Fase;
import nl.kernpunt.domain.traject.Participatieniveau;
import nl.kernpunt.domain.traject.Participatietraject;
import nl.kernpunt.domain.traject.Stap;
import org.junit.jupiter.api.Test;

public abstract class ParticipatietrajectRepositoryContract extends PortContract {

    protected ParticipatietrajectRepository trajecten() {
        return poort(ParticipatietrajectRepository.class);
    }

    protected KernRepository kernen() {
        return poort(KernRepository.class);
    }

    private Participatietraject voegToe(Participatietraject traject) {
        return inTransactie(() -> trajecten().voegToe(traject));
    }

    private Participatietraject lees(Participatietraject traject) {
        return inTransactie(() -> trajecten().vind(traject.getId())).orElseThrow();
    }

    private Participatietraject bewaar(Participatietraject traject) {
        return inTransactie(() -> trajecten().bewaar(traject));
    }

    private Kern kernIn(Gemeentecode gemeente, String naam) {
        return inTransactie(() -> kernen().voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd(naam).bouw(klok)));
    }

    @Test
    void a_stored_traject_reads_back_with_its_scope_steps_and_level_history() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern beusichem = kernIn(gemeente, "Beusichem");
        Participatietraject traject = eenTraject().inGemeente(gemeente).inKern(beusichem.getId()).metStartnotitie().bouw(klok);
        traject.legAfwegingVast(eenJa(), "Lotte Bakker", klok);
        traject.legBetrokkenenVast(betrokkenen(), "Lotte Bakker", klok);
        traject.legNiveauVast(Participatieniveau.ADVISEREN, niveaubepaling(), "Lotte Bakker", klok);
        traject.legCommunicatieplanVast(communicatieplan(), "Lotte Bakker", klok);
        traject.legMiddelenVast(middelen(), "Lotte Bakker", klok);
        traject.legEvaluatieVast(volledigeEvaluatie(), "Lotte Bakker", klok);
        klok.verzet(Duration.ofDays(3));
        traject.wijzigNiveau(Participatieniveau.COPRODUCEREN, "kerngroep", "Sanne de Vries", klok);

        voegToe(traject);
        Participatietraject gelezen = lees(traject);

        assertThat(gelezen.getGegevens()).isEqualTo(traject.getGegevens());
        assertThat(gelezen.getStappen()).isEqualTo(traject.getStappen());
        assertThat(gelezen.getNiveau()).contains(Participatieniveau.COPRODUCEREN);
        assertThat(gelezen.getNiveauhistorie()).isEqualTo(traject.getNiveauhistorie());
        assertThat(gelezen.getFase()).isEqualTo(Fase.VOORBEREIDING);
        assertThat(gelezen.getVersie()).isZero();
    }

    @Test
    void saving_a_stale_copy_is_refused_and_a_save_bumps_the_version() {
        Participatietraject traject = voegToe(eenTraject().inGemeente(nieuweGemeente()).bouw(klok));
        Participatietraject eerste = lees(traject);
        Participatietraject tweede = lees(traject);
        eerste.legAfwegingVast(eenJa(), "Lotte Bakker", klok);
        tweede.legBetrokkenenVast(betrokkenen(), "Sanne de Vries", klok);

        assertThat(bewaar(eerste).getVersie()).isEqualTo(1);

        assertThatThrownBy(() -> bewaar(tweede)).isInstanceOf(VersieVerouderd.class);
        assertThat(lees(traject).getStappen().betrokkenen()).isNull();
    }

    @Test
    void the_list_filters_on_kern_level_phase_owner_and_open_step_within_the_gemeente() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern beusichem = kernIn(gemeente, "Beusichem");
        Participatietraject weg = eenTraject().inGemeente(gemeente).inKern(beusichem.getId()).over("Herinrichting weg").bouw(klok);
        weg.legNiveauVast(Participatieniveau.COPRODUCEREN, niveaubepaling(), "Lotte Bakker", klok);
        voegToe(weg);
        voegToe(eenTraject().inGemeente(gemeente).over("Warmteplan").bouw(klok));
        voegToe(eenTraject().inGemeente(nieuweGemeente()).over("Elders").bouw(klok));

        assertThat(onderwerpen(new TrajectFilter(gemeente, null, null, null, null, null, null, null, null), 1))
                .containsExactly("Herinrichting weg", "Warmteplan");
        assertThat(onderwerpen(new TrajectFilter(gemeente, beusichem.getId(), null, null, null, null, null, null, null), 10))
                .containsExactly("Herinrichting weg");
        assertThat(onderwerpen(new TrajectFilter(gemeente, null, Participatieniveau.COPRODUCEREN, null, null, null, null, null, null), 10))
                .containsExactly("Herinrichting weg");
        assertThat(onderwerpen(new TrajectFilter(gemeente, null, null, Fase.VOORBEREIDING, "LOTTE BAKKER", null, null, null, null), 10))
                .containsExactly("Herinrichting weg", "Warmteplan");
        assertThat(onderwerpen(new TrajectFilter(gemeente, null, null, Fase.PARTICIPATIE, null, null, null, null, null), 10)).isEmpty();
        assertThat(onderwerpen(new TrajectFilter(gemeente, null, null, null, null, Stap.NIVEAU, null, null, null), 10))
                .containsExactly("Warmteplan");
    }

    @Test
    void the_list_filters_on_stil_running_trajecten_whose_participants_heard_nothing_since_the_bound() {
        Gemeentecode gemeente = nieuweGemeente();
        Participatietraject stil = gestart(eenTraject().inGemeente(gemeente).over("Stil").bouw(klok));
        Participatietraject gesproken = gestart(eenTraject().inGemeente(gemeente).over("Gesproken").bouw(klok));
        voegToe(eenTraject().inGemeente(gemeente).over("In voorbereiding").bouw(klok));
        klok.verzet(Duration.ofDays(10));
        gesproken.legContactVast(new Contactmoment(klok.instant(), Kanaal.GESPREK, "Kerngroep", "Lotte"), klok);
        voegToe(stil);
        voegToe(gesproken);
        Participatietraject gelezen = lees(gesproken);
        assertThat(gelezen.getContactmomenten()).isEqualTo(gesproken.getContactmomenten());
        assertThat(gelezen.stilSinds()).isEqualTo(gesproken.stilSinds());
        var grens = new Stiltegrenzen(klok.instant().minus(Duration.ofDays(5)), Map.of());

        assertThat(onderwerpen(new TrajectFilter(gemeente, null, null, null, null, null, null, true, grens), 10))
                .containsExactly("Stil");
        assertThat(onderwerpen(new TrajectFilter(gemeente, null, null, null, null, null, null, false, grens), 1))
                .containsExactly("Gesproken", "In voorbereiding");
    }

    /** 000 "niet iedere kern is hetzelfde": a traject about one kern follows that kern's own threshold. */
    @Test
    void a_traject_about_one_kern_is_stil_against_that_kerns_own_bound_others_against_the_gemeentes() {
        Gemeentecode gemeente = nieuweGemeente();
        Kern ruim = kernIn(gemeente, "Ruim");
        Kern ander = kernIn(gemeente, "Ander");
        voegToe(gestart(eenTraject().inGemeente(gemeente).over("Gemeentebreed").bouw(klok)));
        voegToe(gestart(eenTraject().inGemeente(gemeente).inKern(ruim.getId()).over("Alleen de ruime kern").bouw(klok)));
        voegToe(gestart(eenTraject().inGemeente(gemeente).inKern(ander.getId()).over("Andere kern").bouw(klok)));
        klok.verzet(Duration.ofDays(10));
        var grenzen = new Stiltegrenzen(klok.instant().minus(Duration.ofDays(5)),
                Map.of(ruim.getId(), klok.instant().minus(Duration.ofDays(20))));

        assertThat(onderwerpen(new TrajectFilter(gemeente, null, null, null, null, null, null, true, grenzen), 10))
                .containsExactlyInAnyOrder("Gemeentebreed", "Andere kern");
        assertThat(onderwerpen(new TrajectFilter(gemeente, null, null, null, null, null, null, false, grenzen), 10))
                .containsExactly("Alleen de ruime kern");
    }

    private Participatietraject gestart(Participatietraject traject) {
        traject.legAfwegingVast(eenJa(), "Lotte Bakker", klok);
        traject.legBetrokkenenVast(betrokkenen(), "Lotte Bakker", klok);
        traject.legNiveauVast(Participatieniveau.RAADPLEGEN, niveaubepaling(), "Lotte Bakker", klok);
        traject.legCommunicatieplanVast(communicatieplan(), "Lotte Bakker", klok);
        traject.startParticipatie(klok);
        return traject;
    }

    @Test
    void with_updated_since_the_list_holds_only_later_changes_in_change_order() {
        Gemeentecode gemeente = nieuweGemeente();
        voegToe(eenTraject().inGemeente(gemeente).over("Oud").bouw(klok));
        klok.verzet(Duration.ofHours(1));
        var sinds = klok.instant();
        voegToe(eenTraject().inGemeente(gemeente).over("Nieuw B").bouw(klok));
        klok.verzet(Duration.ofHours(1));
        voegToe(eenTraject().inGemeente(gemeente).over("Nieuw A").bouw(klok));

        assertThat(onderwerpen(new TrajectFilter(gemeente, null, null, null, null, null, sinds, null, null), 1))
                .containsExactly("Nieuw B", "Nieuw A");
    }

    private List<String> onderwerpen(TrajectFilter filter, int grootte) {
        List<String> onderwerpen = new ArrayList<>();
        String cursor = null;
        do {
            String huidige = cursor;
            Pagina<Participatietraject> pagina = inTransactie(() -> trajecten().zoek(filter, new PaginaVerzoek(huidige, grootte)));
            pagina.resultaten().forEach(t -> onderwerpen.add(t.getGegevens().onderwerp()));
            cursor = pagina.volgendeCursor();
        } while (cursor != null);
        return onderwerpen;
    }
}
