package nl.kernpunt.adapter.persistence.kern;

import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKernambtenaar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import nl.kernpunt.domain.kern.Functie;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class KernEntityMapperTest {

    private final KernEntityMapper mapper = new KernEntityMapperImpl();
    private final VasteKlok klok = VasteKlok.op("2026-04-01T08:00:00.123456789Z");

    @Test
    void a_kern_copied_onto_a_row_reconstitutes_equal_but_for_the_moments_cut_to_microseconds() {
        Kern kern = eenKern().genaamd("Zoelen").bouw(klok);
        klok.verzet(Duration.ofDays(3));
        kern.draagOver(Functie.KERNAMBTENAAR, eenKernambtenaar("Ahmed El Idrissi"), "Beheerder", "zie dossier", klok);

        Kern gelezen = mapper.naarDomein(rij(kern));

        assertThat(gelezen.getId()).isEqualTo(kern.getId());
        assertThat(gelezen.getGemeente()).isEqualTo(kern.getGemeente());
        assertThat(gelezen.getProfiel()).isEqualTo(kern.getProfiel());
        assertThat(gelezen.getFunctiehistorie()).extracting(v -> v.persoon().naam(), v -> v.notitie())
                .containsExactly(tuple("Sanne de Vries", null), tuple("Wethouder Jansen", null),
                        tuple("Ahmed El Idrissi", "zie dossier"));
        assertThat(gelezen.getFunctiehistorie().get(0).tot()).isEqualTo(klok.instant().truncatedTo(ChronoUnit.MICROS));
        assertThat(gelezen.getGewijzigdOp()).isEqualTo(kern.getGewijzigdOp().truncatedTo(ChronoUnit.MICROS));
        assertThat(gelezen.getAangemaaktOp()).isEqualTo(kern.getAangemaaktOp().truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void copying_onto_a_loaded_row_refills_its_lists_instead_of_appending() {
        Kern kern = eenKern().bouw(klok);
        KernJpaEntity rij = rij(kern);

        kern.archiveer(klok);
        mapper.kopieer(kern, rij);

        assertThat(rij.functiehistorie).hasSize(2);
        assertThat(rij.dorpsbelangenorganisaties).hasSize(1);
        assertThat(rij.gearchiveerd).isTrue();
    }

    private KernJpaEntity rij(Kern kern) {
        KernJpaEntity rij = new KernJpaEntity();
        mapper.kopieer(kern, rij);
        return rij;
    }
}
