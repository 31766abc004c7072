package nl.kernpunt.application.monitoring.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenBeheerderVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenKernambtenaarVan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;
import nl.kernpunt.application.monitoring.port.in.StelStreefcijfersVastUseCase.Command;
import nl.kernpunt.application.monitoring.port.out.InMemoryStreefcijferRepository;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.gemeente.Streefcijfers;
import nl.kernpunt.domain.gemeente.Streefwaarden;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class StreefcijferServiceTest {

    private final VasteKlok klok = VasteKlok.op("2026-06-01T10:00:00Z");
    private final InMemoryGemeenteRepository gemeenten = new InMemoryGemeenteRepository();
    private final StreefcijferService service = new StreefcijferService(new InMemoryStreefcijferRepository(),
            gemeenten, klok);

    StreefcijferServiceTest() {
        gemeenten.voegToe(Gemeente.registreer(new Gemeentecode("1960"), "West Betuwe", new Rsin("001000019"), null, klok));
    }

    private static final Streefwaarden GEEN = new Streefwaarden(null, null, null, null, null);

    @Test
    void a_gemeente_reads_west_betuwes_targets_until_its_beheerder_sets_its_own() {
        Streefcijfers eerst = service.lees(eenKernambtenaarVan("1960"));
        assertThat(eerst.getVersie()).isZero();

        Streefcijfers gewijzigd = service.stelVast(new Command(eenBeheerderVan("1960"), 0,
                new Streefwaarden(new BigDecimal("80"), new BigDecimal("100"), null, null, null)));

        assertThat(gewijzigd.getVersie()).isEqualTo(1);
        assertThat(service.lees(eenKernambtenaarVan("1960")).getWaarden().percentageKernenMetKernagenda())
                .isEqualByComparingTo("100");
        assertThat(service.lees(eenKernambtenaarVan("0214")).getWaarden().percentageBudgetToegekend())
                .as("another gemeente keeps its own").isEqualByComparingTo("85.0");
    }

    @Test
    void only_a_beheerder_of_a_registered_gemeente_with_the_current_version_changes_them() {
        assertThatThrownBy(() -> service.stelVast(new Command(eenKernambtenaarVan("1960"), 0, GEEN)))
                .isInstanceOfSatisfying(GeenToegang.class, fout -> assertThat(fout.code()).isEqualTo("rol-ontbreekt"));
        assertThatThrownBy(() -> service.stelVast(new Command(eenBeheerderVan("9999"), 0, GEEN)))
                .isInstanceOfSatisfying(RegelGeschonden.class,
                        fout -> assertThat(fout.code()).isEqualTo("gemeente-niet-geregistreerd"));
        service.stelVast(new Command(eenBeheerderVan("1960"), 0, GEEN));
        assertThatThrownBy(() -> service.stelVast(new Command(eenBeheerderVan("1960"), 0, Streefwaarden.WEST_BETUWE)))
                .isInstanceOf(VersieVerouderd.class);
        assertThat(service.lees(eenBeheerderVan("1960")).getWaarden().percentageBudgetToegekend()).isNull();
    }
}
