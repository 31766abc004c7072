package nl.kernpunt.application.kernagenda.port.out;

import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.contract.PortContract;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kernagenda.Feit;
import nl.kernpunt.domain.kernagenda.Kernagenda;
import nl.kernpunt.domain.kernagenda.Koppeling;
import nl.kernpunt.domain.kernagenda.Prioriteit;
import nl.kernpunt.domain.kernagenda.Thema;
import nl.kernpunt.domain.kernagenda.Themastatus;
import org.junit.jupiter.api.Test;

public abstract class KernagendaRepositoryContract extends PortContract {

    protected KernagendaRepository agendas() {
        return poort(KernagendaRepository.class);
    }

    protected KernRepository kernen() {
        return poort(KernRepository.class);
    }

    private Kern kernIn(Gemeentecode gemeente, String naam) {
        return inTransactie(() -> kernen().voegToe(eenKern().inGemeente(gemeente.waarde()).genaamd(naam).bouw(klok)));
    }

    private static Thema thema(String titel) {
        return new Thema(titel, "Afgesproken op de bewonersavond", Prioriteit.HOOG, "Dorpsraad", Themastatus.AFGESPROKEN,
                List.of(new Koppeling(Koppeling.Soort.INITIATIEF, UUID.randomUUID())));
    }

    private Kernagenda metThemas(Kern kern, int aantal) {
        Kernagenda agenda = Kernagenda.leeg(kern.getId(), kern.getGemeente(), klok);
        List<Thema> themas = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            themas.add(thema("Thema " + i));
        }
        agenda.stelThemasVast(themas, klok);
        return agenda;
    }

    @Test
    void a_stored_agenda_reads_back_with_its_themes_links_and_canvas() {
        Kern kern = kernIn(nieuweGemeente(), "Tricht");
        Kernagenda agenda = metThemas(kern, 2);
        agenda.stelCanvasVast(List.of(new Feit("inwoners", "2.750", "CBS Kerncijfers wijken en buurten", LocalDate.of(2025, 1, 1))), klok);

        inTransactie(() -> agendas().voegToe(agenda));
        Kernagenda gelezen = inTransactie(() -> agendas().vind(kern.getId())).orElseThrow();

        assertThat(gelezen.getThemas()).isEqualTo(agenda.getThemas());
        assertThat(gelezen.getCanvas()).isEqualTo(agenda.getCanvas());
        assertThat(gelezen.getVersie()).isZero();
    }

    @Test
    void a_second_first_write_is_refused_and_a_stale_copy_too() {
        Kern kern = kernIn(nieuweGemeente(), "Tricht");
        inTransactie(() -> agendas().voegToe(Kernagenda.leeg(kern.getId(), kern.getGemeente(), klok)));

        assertThatThrownBy(() -> inTransactie(() -> agendas().voegToe(Kernagenda.leeg(kern.getId(), kern.getGemeente(), klok))))
                .isInstanceOf(RegelGeschonden.class);

        Kernagenda eerste = inTransactie(() -> agendas().vind(kern.getId())).orElseThrow();
        Kernagenda tweede = inTransactie(() -> agendas().vind(kern.getId())).orElseThrow();
        eerste.stelThemasVast(List.of(thema("Verkeer")), klok);
        assertThat(inTransactie(() -> agendas().bewaar(eerste)).getVersie()).isEqualTo(1);
        tweede.stelThemasVast(List.of(thema("Groen")), klok);
        assertThatThrownBy(() -> inTransactie(() -> agendas().bewaar(tweede))).isInstanceOf(VersieVerouderd.class);
    }

    /** A seeded loop: the SQL count equals a count made here; archived kernen and empty agendas do not count. */
    @Test
    void kernen_with_a_kernagenda_counts_match_a_count_made_in_the_test() {
        Gemeentecode gemeente = nieuweGemeente();
        Random random = new Random(4);
        List<Kern> metAgenda = new ArrayList<>();
        List<Kern> alle = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Kern kern = kernIn(gemeente, "Kern " + i);
            alle.add(kern);
            int aantal = random.nextInt(3);
            if (random.nextInt(4) > 0) {
                inTransactie(() -> agendas().voegToe(metThemas(kern, aantal)));
            }
            boolean gearchiveerd = random.nextInt(5) == 0;
            if (gearchiveerd) {
                Kern geladen = inTransactie(() -> kernen().vind(kern.getId())).orElseThrow();
                geladen.archiveer(klok);
                inTransactie(() -> kernen().bewaar(geladen));
            }
            if (aantal > 0 && !gearchiveerd && inTransactie(() -> agendas().vind(kern.getId())).isPresent()) {
                metAgenda.add(kern);
            }
        }
        inTransactie(() -> agendas().voegToe(metThemas(kernIn(nieuweGemeente(), "Elders"), 1)));
        Periode periode = Periode.halfjaarVan(LocalDate.of(2026, 1, 1));

        assertThat(inTransactie(() -> agendas().telKernenMetAgenda(new Monitoringbereik(gemeente, Optional.empty(), periode))))
                .isEqualTo(metAgenda.size()).isPositive();
        for (Kern kern : alle) {
            assertThat(inTransactie(() -> agendas().telKernenMetAgenda(new Monitoringbereik(gemeente, Optional.of(kern.getId()), periode))))
                    .isEqualTo(metAgenda.contains(kern) ? 1 : 0);
        }
    }
}
