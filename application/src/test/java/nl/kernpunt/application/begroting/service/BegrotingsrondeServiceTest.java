package nl.kernpunt.application.begroting.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenBeheerderVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenKernambtenaarVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenMedewerkerVan;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.kernpunt.application.begroting.port.in.BrengStemUitUseCase;
import nl.kernpunt.application.begroting.port.in.DienBegrotingsideeInUseCase;
import nl.kernpunt.application.begroting.port.in.GeefStemcodesUitUseCase;
import nl.kernpunt.application.begroting.port.in.GelezenRonde;
import nl.kernpunt.application.begroting.port.in.OpenBegrotingsrondeUseCase;
import nl.kernpunt.application.begroting.port.in.SluitBegrotingsrondeUseCase;
import nl.kernpunt.application.begroting.port.in.BeoordeelBegrotingsideeUseCase;
import nl.kernpunt.application.begroting.port.out.InMemoryBegrotingsrondeRepository;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.InMemoryAuditspoor;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;
import nl.kernpunt.application.initiatief.port.out.InMemoryInitiatiefRepository;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.subsidie.port.in.KenRondebudgetToeUseCase;
import nl.kernpunt.application.subsidie.port.out.InMemorySubsidieRepository;
import nl.kernpunt.application.subsidie.port.out.InMemorySubsidieregelingRepository;
import nl.kernpunt.application.subsidie.service.SubsidieQueryService;
import nl.kernpunt.domain.begroting.Begrotingsidee;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;
import nl.kernpunt.domain.begroting.Stemwijze;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.testdata.VasteKlok;
import org.junit.jupiter.api.Test;

class BegrotingsrondeServiceTest {

    private final VasteKlok klok = VasteKlok.op("2026-03-02T10:00:00Z");
    private final InMemoryKernRepository kernen = new InMemoryKernRepository();
    private final InMemorySubsidieregelingRepository regelingen = new InMemorySubsidieregelingRepository();
    private final InMemorySubsidieRepository subsidies = new InMemorySubsidieRepository(regelingen, kernen);
    private final InMemoryBegrotingsrondeRepository rondes = new InMemoryBegrotingsrondeRepository();
    private final InMemoryAuditspoor auditspoor = new InMemoryAuditspoor();
    private final List<String> initiatieven = new ArrayList<>();
    private final List<KenRondebudgetToeUseCase.Command> toekenningen = new ArrayList<>();
    private final BegrotingsrondeService service = new BegrotingsrondeService(rondes, kernen,
            new SubsidieQueryService(subsidies, regelingen, new InMemoryGemeenteRepository(),
                    new InMemoryInitiatiefRepository(), kernen, klok),
            command -> {
                toekenningen.add(command);
                return AanvraagId.nieuw();
            },
            command -> {
                initiatieven.add(command.titel());
                return InitiatiefId.nieuw();
            },
            auditspoor, klok);
    private final Kern zoelen = kernen.voegToe(eenKern().genaamd("Zoelen").inGemeente("0214").bouw(klok));

    private GelezenRonde open(String euro) {
        return service.open(new OpenBegrotingsrondeUseCase.Command(eenKernambtenaarVan("0214"), zoelen.getId(), 2026,
                Bedrag.van("bedrag", euro), new Periode(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 10)),
                new Periode(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)), Stemwijze.GOEDKEURING));
    }

    private Begrotingsidee aanvaard(BegrotingsrondeId ronde, String titel, String euro) {
        Begrotingsidee idee = service.dienIn(new DienBegrotingsideeInUseCase.Command(ronde, titel, "bij de kerk",
                Bedrag.van("kosten", euro)));
        return service.beoordeel(new BeoordeelBegrotingsideeUseCase.Command(eenBeheerderVan("0214"), ronde,
                idee.getId(), true, "haalbaar"));
    }

    @Test
    void closing_makes_the_chosen_ideas_initiatives_with_their_grants_in_the_results_order() {
        BegrotingsrondeId ronde = open("1000.00").ronde().getId();
        Begrotingsidee bankjes = aanvaard(ronde, "Bankjes", "400.00");
        Begrotingsidee speeltuin = aanvaard(ronde, "Speeltuin", "900.00");
        Begrotingsidee vlaggen = aanvaard(ronde, "Vlaggen", "100.00");
        List<String> codes = service.geefUit(new GeefStemcodesUitUseCase.Command(eenBeheerderVan("0214"), ronde, 3));
        service.brengUit(new BrengStemUitUseCase.Command(ronde, codes.get(0), List.of(speeltuin.getId())));
        service.brengUit(new BrengStemUitUseCase.Command(ronde, codes.get(1), List.of(bankjes.getId(), vlaggen.getId())));
        service.brengUit(new BrengStemUitUseCase.Command(ronde, codes.get(2), List.of(bankjes.getId())));
        // the same code again replaces its ballot: bankjes 2, vlaggen 2, speeltuin 1
        service.brengUit(new BrengStemUitUseCase.Command(ronde, codes.get(0), List.of(vlaggen.getId(),
                speeltuin.getId())));

        GelezenRonde gesloten = service.sluit(new SluitBegrotingsrondeUseCase.Command(eenKernambtenaarVan("0214"),
                ronde));

        // vlaggen and bankjes 2 votes each, the cheaper vlaggen first; the speeltuin (1) no longer fits in 500.00
        assertThat(initiatieven).containsExactly("Vlaggen", "Bankjes");
        assertThat(toekenningen).extracting(c -> c.bedrag().tekst()).containsExactly("100.00", "400.00");
        assertThat(toekenningen).allMatch(c -> c.jaar() == 2026 && c.motivering().contains(ronde.toString()));
        assertThat(gesloten.ronde().getToegewezen()).contains(Bedrag.euro(500));
        assertThat(gesloten.stemcijfers().stemmenUitgebracht()).isEqualTo(3);
        assertThat(auditspoor.van(Auditsoort.BEGROTINGSRONDE, ronde.waarde())).extracting(Auditregel::actie)
                .contains("ronde-geopend", "stemcodes-uitgegeven", "ronde-gesloten")
                .allMatch(actie -> !actie.isBlank());
        assertThat(auditspoor.van(Auditsoort.BEGROTINGSRONDE, ronde.waarde()).toString()).doesNotContain(codes.get(0));
    }

    @Test
    void opening_counts_what_the_kerns_other_open_rounds_promise() {
        open("1500.00");

        assertThatThrownBy(() -> open("600.00")).isInstanceOf(RegelGeschonden.class)
                .hasMessageContaining("500.00");
        open("500.00");
    }

    @Test
    void only_a_kernambtenaar_or_beheerder_of_the_own_gemeente_runs_a_round() {
        BegrotingsrondeId ronde = open("100.00").ronde().getId();

        assertThatThrownBy(() -> service.geefUit(new GeefStemcodesUitUseCase.Command(eenMedewerkerVan("0214"), ronde,
                1))).isInstanceOf(GeenToegang.class);
        assertThatThrownBy(() -> service.sluit(new SluitBegrotingsrondeUseCase.Command(eenBeheerderVan("1960"),
                ronde))).isInstanceOf(NietGevonden.class);
        assertThat(rondes.stemcijfers(ronde).codesUitgegeven()).isZero();
    }
}
