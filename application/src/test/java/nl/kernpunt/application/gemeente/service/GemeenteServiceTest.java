package nl.kernpunt.application.gemeente.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenBeheerderVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenKernambtenaarVan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gemeente.port.in.RegistreerGemeenteUseCase;
import nl.kernpunt.application.gemeente.port.in.WijzigGemeenteUseCase;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.GemeenteInstellingen;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class GemeenteServiceTest {

    private static final Gemeentecode BUREN = new Gemeentecode("0214");

    private final VasteKlok klok = VasteKlok.op("2026-05-04T10:00:00Z");
    private final InMemoryGemeenteRepository gemeenten = new InMemoryGemeenteRepository();
    private final GemeenteService service = new GemeenteService(gemeenten, klok);

    private Gemeente registreerBuren() {
        return service.registreer(new RegistreerGemeenteUseCase.Command(eenBeheerderVan("0214"), BUREN, "Buren",
                new Rsin("001000007"), null)).volledig().orElseThrow();
    }

    @Test
    void a_beheerder_registers_their_own_gemeente_only() {
        assertThat(registreerBuren().getCode()).isEqualTo(BUREN);
        assertThatThrownBy(() -> service.registreer(new RegistreerGemeenteUseCase.Command(eenBeheerderVan("0214"),
                new Gemeentecode("1960"), "West Betuwe", new Rsin("002220647"), null)))
                .isInstanceOf(GeenToegang.class)
                .extracting(f -> ((GeenToegang) f).code()).isEqualTo("andere-gemeente");
    }

    @Test
    void a_gemeente_is_registered_once() {
        registreerBuren();
        assertThatThrownBy(this::registreerBuren)
                .isInstanceOf(RegelGeschonden.class)
                .extracting(f -> ((RegelGeschonden) f).code()).isEqualTo("gemeente-bestaat-al");
    }

    @Test
    void only_a_beheerder_changes_the_settings() {
        registreerBuren();
        assertThatThrownBy(() -> service.wijzig(new WijzigGemeenteUseCase.Command(eenKernambtenaarVan("0214"), BUREN, 0,
                "Buren", new Rsin("001000007"), GemeenteInstellingen.STANDAARD)))
                .isInstanceOf(GeenToegang.class);
    }

    @Test
    void another_gemeente_s_beheerder_gets_not_found_and_a_stale_version_is_refused() {
        registreerBuren();
        assertThatThrownBy(() -> service.wijzig(new WijzigGemeenteUseCase.Command(eenBeheerderVan("1960"), BUREN, 0,
                "Overgenomen", new Rsin("001000007"), GemeenteInstellingen.STANDAARD)))
                .isInstanceOf(NietGevonden.class);

        service.wijzig(new WijzigGemeenteUseCase.Command(eenBeheerderVan("0214"), BUREN, 0, "Buren",
                new Rsin("001000007"), new GemeenteInstellingen(5, 14, 28)));

        assertThatThrownBy(() -> service.wijzig(new WijzigGemeenteUseCase.Command(eenBeheerderVan("0214"), BUREN, 0,
                "Buren", new Rsin("001000007"), GemeenteInstellingen.STANDAARD)))
                .isInstanceOf(VersieVerouderd.class);
        var gelezen = new GemeenteQueryService(gemeenten).lees(BUREN, Optional.of(eenBeheerderVan("0214")));
        assertThat(gelezen.volledig().orElseThrow().getInstellingen().antwoordtermijnDagen()).isEqualTo(5);
    }
}
