package nl.kernpunt.application.gemeente.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.kernpunt.application.gedeeld.contract.PortContract;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import org.junit.jupiter.api.Test;

public abstract class GemeenteRepositoryContract extends PortContract {

    @Test
    void a_stored_gemeente_reads_back_equal_with_version_zero() {
        Gemeentecode code = nieuweGemeente();

        Gemeente gelezen = inTransactie(() -> gemeenten().vind(code)).orElseThrow();

        assertThat(gelezen.getNaam()).isEqualTo("Testgemeente " + code);
        assertThat(gelezen.getRsin()).isEqualTo(new Rsin("001000007"));
        assertThat(gelezen.getInstellingen()).isEqualTo(GemeenteInstellingen.STANDAARD);
        assertThat(gelezen.getVersie()).isZero();
    }

    @Test
    void saving_a_change_increments_the_version_and_a_stale_copy_is_refused() {
        Gemeentecode code = nieuweGemeente();
        Gemeente eerste = inTransactie(() -> gemeenten().vind(code)).orElseThrow();
        Gemeente tweede = inTransactie(() -> gemeenten().vind(code)).orElseThrow();

        eerste.wijzig("Hernoemd", new Rsin("002220647"), new GemeenteInstellingen(5, 10, 20), klok);
        Gemeente bewaard = inTransactie(() -> gemeenten().bewaar(eerste));
        tweede.wijzig("Te laat", new Rsin("002220647"), GemeenteInstellingen.STANDAARD, klok);

        assertThat(bewaard.getVersie()).isEqualTo(1);
        assertThat(inTransactie(() -> gemeenten().vind(code)).orElseThrow().getInstellingen().antwoordtermijnDagen()).isEqualTo(5);
        assertThatThrownBy(() -> inTransactie(() -> gemeenten().bewaar(tweede))).isInstanceOf(VersieVerouderd.class);
    }

    @Test
    void several_gemeenten_are_read_at_once_each_once_whatever_the_order_and_repeats_asked() {
        Gemeentecode een = nieuweGemeente();
        Gemeentecode twee = nieuweGemeente();
        nieuweGemeente();

        List<Gemeente> gelezen = inTransactie(() -> gemeenten().vindAlle(List.of(twee, een, twee)));

        assertThat(gelezen).extracting(Gemeente::getCode).containsExactlyInAnyOrder(een, twee);
        assertThat(gelezen).allSatisfy(g -> assertThat(g.getInstellingen()).isEqualTo(GemeenteInstellingen.STANDAARD));
        assertThat(inTransactie(() -> gemeenten().vindAlle(List.of()))).isEmpty();
    }

    @Test
    void paging_through_all_gemeenten_returns_each_once_in_code_order() {
        nieuweGemeente();
        nieuweGemeente();
        nieuweGemeente();
        List<String> codes = new ArrayList<>();
        String cursor = null;
        do {
            Pagina<Gemeente> pagina = inTransactie(pagina(cursor));
            pagina.resultaten().forEach(g -> codes.add(g.getCode().waarde()));
            cursor = pagina.volgendeCursor();
        } while (cursor != null);

        assertThat(codes).hasSizeGreaterThanOrEqualTo(3).doesNotHaveDuplicates().isSorted();
    }

    private java.util.function.Supplier<Pagina<Gemeente>> pagina(String cursor) {
        return () -> gemeenten().zoek(new PaginaVerzoek(cursor, 2));
    }
}
