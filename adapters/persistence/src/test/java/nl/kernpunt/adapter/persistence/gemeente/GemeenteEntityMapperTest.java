package nl.kernpunt.adapter.persistence.gemeente;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kernpunt.domain.gemeente.Bewaartermijnen;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.testdata.VasteKlok;
import nl.kernpunt.domain.vraag.Termijnsoort;
import org.junit.jupiter.api.Test;

class GemeenteEntityMapperTest {

    private final GemeenteEntityMapper mapper = new GemeenteEntityMapperImpl();

    @Test
    void a_gemeente_copied_onto_a_row_reconstitutes_equal() {
        Gemeente gemeente = Gemeente.registreer(new Gemeentecode("0214"), "Buren", new Rsin("002220647"),
                new GemeenteInstellingen(5, 10, 20, Termijnsoort.WERKDAGEN, false, true,
                        new Bewaartermijnen(36, 6, 3, 120)), VasteKlok.op("2026-04-01T08:00:00Z"));
        GemeenteJpaEntity rij = new GemeenteJpaEntity();

        mapper.kopieer(gemeente, rij);
        Gemeente gelezen = mapper.naarDomein(rij);

        assertThat(gelezen).usingRecursiveComparison().isEqualTo(gemeente);
    }
}
