package nl.kernpunt.application.traject.service;

import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenKernambtenaarVan;
import static nl.kernpunt.application.gedeeld.toegang.Gebruikers.eenMedewerkerVan;
import static nl.kernpunt.domain.testdata.KernBouwer.eenKern;
import static nl.kernpunt.domain.testdata.TrajectBouwer.betrokkenen;
import static nl.kernpunt.domain.testdata.TrajectBouwer.communicatieplan;
import static nl.kernpunt.domain.testdata.TrajectBouwer.eenJa;
import static nl.kernpunt.domain.testdata.TrajectBouwer.eenTraject;
import static nl.kernpunt.domain.testdata.TrajectBouwer.niveaubepaling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.InMemoryAuditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gemeente.port.out.InMemoryGemeenteRepository;
import nl.kernpunt.application.kern.port.out.InMemoryKernRepository;
import nl.kernpunt.application.traject.TrajectFilter;
import nl.kernpunt.application.traject.port.in.LegTrajectstapVastUseCase;
import nl.kernpunt.application.traject.port.in.MaakParticipatietrajectUseCase;
import nl.kernpunt.application.traject.port.in.StartParticipatieUseCase;
import nl.kernpunt.application.traject.port.in.WijzigNiveauUseCase;
import nl.kernpunt.application.traject.port.out.InMemoryParticipatietrajectRepository;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.gemeente.Gemeente;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.gemeente.Rsin;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.testdata.VasteKlok;
import nl.kernpunt.domain.traject.Fase;
import nl.kernpunt.domain.traject.Participatieniveau;
import nl.kernpunt.domain.traject.Participatietraject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ParticipatietrajectServiceTest {

    private final VasteKlok klok = VasteKlok.op("2026-05-04T10:00:00Z");
    private final InMemoryGemeenteRepository gemeenten = new InMemoryGemeenteRepository();
    private final InMemoryKernRepository kernen = new InMemoryKernRepository();
    private final InMemoryParticipatietrajectRepository trajecten = new InMemoryParticipatietrajectRepository();
    private final InMemoryAuditspoor auditspoor = new InMemoryAuditspoor();
    private final ParticipatietrajectService service =
            new ParticipatietrajectService(trajecten, kernen, gemeenten, auditspoor, klok);
    private final ParticipatietrajectQueryService query = new ParticipatietrajectQueryService(trajecten, gemeenten, kernen,
            auditspoor, klok);
    private Kern beusichem;
    private Kern geldermalsen;

    @BeforeEach
    void tweeGemeenten() {
        gemeenten.voegToe(Gemeente.registreer(new Gemeentecode("0214"), "Buren", new Rsin("001000007"), null, klok));
        gemeenten.voegToe(Gemeente.registreer(new Gemeentecode("1960"), "West Betuwe", new Rsin("002220647"), null, klok));
        beusichem = kernen.voegToe(eenKern().inGemeente("0214").genaamd("Beusichem").bouw(klok));
        geldermalsen = kernen.voegToe(eenKern().inGemeente("1960").genaamd("Geldermalsen").bouw(klok));
    }

    private Participatietraject maak(Gebruiker door) {
        return service.maak(new MaakParticipatietrajectUseCase.Command(door, eenTraject().inKern(beusichem.getId()).gegevens()))
                .traject();
    }

    private Participatietraject legVast(Gebruiker door, Participatietraject traject, LegTrajectstapVastUseCase.Uitkomst uitkomst) {
        return service.legVast(new LegTrajectstapVastUseCase.Command(door, traject.getId(), traject.getVersie(), uitkomst))
                .traject();
    }

    @Test
    void a_medewerker_as_beleidsmedewerker_creates_a_traject_in_the_own_gemeente() {
        Participatietraject traject = maak(eenMedewerkerVan("0214"));

        assertThat(traject.getGemeente()).isEqualTo(new Gemeentecode("0214"));
        assertThat(traject.getFase()).isEqualTo(Fase.VOORBEREIDING);
    }

    @Test
    void a_traject_cannot_cover_a_kern_of_another_gemeente() {
        var gegevens = eenTraject().inKern(geldermalsen.getId()).gegevens();

        assertThatThrownBy(() -> service.maak(new MaakParticipatietrajectUseCase.Command(eenMedewerkerVan("0214"), gegevens)))
                .isInstanceOf(OngeldigeWaarde.class).hasFieldOrPropertyWithValue("code", "kern-onbekend");
    }

    @Test
    void another_gemeente_cannot_see_or_change_the_traject() {
        Participatietraject traject = maak(eenMedewerkerVan("0214"));

        assertThatThrownBy(() -> query.lees(traject.getId(), eenMedewerkerVan("1960"))).isInstanceOf(NietGevonden.class);
        assertThatThrownBy(() -> legVast(eenKernambtenaarVan("1960"), traject, new LegTrajectstapVastUseCase.AfwegingUitkomst(eenJa())))
                .isInstanceOf(NietGevonden.class);
        assertThat(query.zoek(new TrajectFilter(null, null, null, null, null, null, null, null, null), PaginaVerzoek.van(null, 20),
                eenMedewerkerVan("1960")).resultaten()).isEmpty();
    }

    @Test
    void a_change_to_a_version_read_earlier_is_refused() {
        Participatietraject traject = maak(eenMedewerkerVan("0214"));
        legVast(eenMedewerkerVan("0214"), traject, new LegTrajectstapVastUseCase.AfwegingUitkomst(eenJa()));

        assertThatThrownBy(() -> legVast(eenMedewerkerVan("0214"), traject, new LegTrajectstapVastUseCase.BetrokkenenUitkomst(betrokkenen())))
                .isInstanceOf(VersieVerouderd.class);
    }

    @Test
    void every_change_leaves_an_audit_line_with_who_when_and_what() {
        Gebruiker lotte = eenMedewerkerVan("0214");
        Participatietraject traject = maak(lotte);
        traject = legVast(lotte, traject, new LegTrajectstapVastUseCase.AfwegingUitkomst(eenJa()));
        traject = legVast(lotte, traject, new LegTrajectstapVastUseCase.BetrokkenenUitkomst(betrokkenen()));
        traject = legVast(lotte, traject, new LegTrajectstapVastUseCase.NiveauUitkomst(Participatieniveau.RAADPLEGEN, niveaubepaling()));
        traject = legVast(lotte, traject, new LegTrajectstapVastUseCase.CommunicatieplanUitkomst(communicatieplan()));
        traject = service.wijzigNiveau(new WijzigNiveauUseCase.Command(lotte, traject.getId(), traject.getVersie(),
                Participatieniveau.COPRODUCEREN, "kerngroep opgericht")).traject();
        traject = service.start(new StartParticipatieUseCase.Command(lotte, traject.getId(), traject.getVersie())).traject();

        assertThat(traject.getFase()).isEqualTo(Fase.PARTICIPATIE);
        var regels = query.audit(traject.getId(), eenKernambtenaarVan("0214"));
        assertThat(regels).extracting(Auditregel::actie).containsExactly("aangemaakt", "stap-vastgelegd", "stap-vastgelegd",
                "stap-vastgelegd", "stap-vastgelegd", "niveau-gewijzigd", "participatie-gestart");
        assertThat(regels).allSatisfy(r -> assertThat(r.door()).isEqualTo(lotte.id()));
        assertThat(regels.get(5).gegevens()).containsEntry("van", "raadplegen").containsEntry("naar", "coproduceren")
                .containsEntry("reden", "kerngroep opgericht");
    }

    @Test
    void a_refused_start_records_nothing() {
        Participatietraject traject = maak(eenMedewerkerVan("0214"));

        assertThatThrownBy(() -> service.start(new StartParticipatieUseCase.Command(eenMedewerkerVan("0214"),
                traject.getId(), traject.getVersie()))).isInstanceOf(RegelGeschonden.class);
        assertThat(query.audit(traject.getId(), eenMedewerkerVan("0214"))).hasSize(1);
    }
}
