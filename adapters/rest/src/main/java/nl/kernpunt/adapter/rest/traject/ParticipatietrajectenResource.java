package nl.kernpunt.adapter.rest.traject;

import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.Aangemaakt;
import nl.kernpunt.adapter.rest.gedeeld.IdempotenteAanmaak;
import nl.kernpunt.adapter.rest.gedeeld.Versies;
import nl.kernpunt.adapter.rest.toegang.HuidigeGebruiker;
import nl.kernpunt.api.ParticipatietrajectenApi;
import nl.kernpunt.api.model.Afweging;
import nl.kernpunt.api.model.Betrokkenen;
import nl.kernpunt.api.model.Communicatieplan;
import nl.kernpunt.api.model.Evaluatie;
import nl.kernpunt.api.model.Middelenkeuze;
import nl.kernpunt.api.model.Niveaubepaling;
import nl.kernpunt.api.model.NiveauwijzigingNieuw;
import nl.kernpunt.api.model.ContactmomentNieuw;
import nl.kernpunt.api.model.Participatieniveau;
import nl.kernpunt.api.model.Participatietraject;
import nl.kernpunt.api.model.ParticipatietrajectGegevens;
import nl.kernpunt.api.model.ParticipatietrajectPagina;
import nl.kernpunt.api.model.TrajectAuditspoor;
import nl.kernpunt.api.model.Trajectfase;
import nl.kernpunt.api.model.Trajectstap;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.traject.port.in.GelezenTraject;
import nl.kernpunt.application.traject.port.in.LegTrajectcontactVastUseCase;
import nl.kernpunt.application.traject.port.in.LegTrajectstapVastUseCase;
import nl.kernpunt.application.traject.port.in.MaakParticipatietrajectUseCase;
import nl.kernpunt.application.traject.port.in.ParticipatietrajectQuery;
import nl.kernpunt.application.traject.port.in.SluitParticipatietrajectUseCase;
import nl.kernpunt.application.traject.port.in.StartParticipatieUseCase;
import nl.kernpunt.application.traject.port.in.WijzigNiveauUseCase;
import nl.kernpunt.application.traject.port.in.WijzigParticipatietrajectUseCase;
import nl.kernpunt.domain.traject.TrajectId;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The participatietrajecten tag of the contract. Every operation needs a token: trajecten are
 * staff work (docs/adr/0006). Roles, tenancy and the rules are the use cases' business.
 */
public class ParticipatietrajectenResource implements ParticipatietrajectenApi {

    private final MaakParticipatietrajectUseCase maak;
    private final WijzigParticipatietrajectUseCase wijzig;
    private final LegTrajectstapVastUseCase legStapVast;
    private final WijzigNiveauUseCase wijzigNiveau;
    private final StartParticipatieUseCase start;
    private final SluitParticipatietrajectUseCase sluit;
    private final LegTrajectcontactVastUseCase contact;
    private final ParticipatietrajectQuery trajecten;
    private final ParticipatietrajectApiMapper mapper;
    private final HuidigeGebruiker gebruiker;
    private final IdempotenteAanmaak idempotent;
    private final UriInfo uriInfo;

    public ParticipatietrajectenResource(MaakParticipatietrajectUseCase maak, WijzigParticipatietrajectUseCase wijzig,
                                         LegTrajectstapVastUseCase legStapVast, WijzigNiveauUseCase wijzigNiveau,
                                         StartParticipatieUseCase start, SluitParticipatietrajectUseCase sluit,
                                         LegTrajectcontactVastUseCase contact, ParticipatietrajectQuery trajecten, ParticipatietrajectApiMapper mapper,
                                         HuidigeGebruiker gebruiker, IdempotenteAanmaak idempotent, UriInfo uriInfo) {
        this.maak = maak;
        this.wijzig = wijzig;
        this.legStapVast = legStapVast;
        this.wijzigNiveau = wijzigNiveau;
        this.start = start;
        this.sluit = sluit;
        this.contact = contact;
        this.trajecten = trajecten;
        this.mapper = mapper;
        this.gebruiker = gebruiker;
        this.idempotent = idempotent;
        this.uriInfo = uriInfo;
    }

    @Override
    public RestResponse<ParticipatietrajectPagina> zoekParticipatietrajecten(UUID kern, Participatieniveau niveau,
            Trajectfase fase, String eigenaar, Trajectstap openStap, Boolean stil, OffsetDateTime updatedSince,
            String cursor, Integer pageSize) {
        var pagina = trajecten.zoek(mapper.naarFilter(kern, niveau, fase, eigenaar, openStap, updatedSince, stil),
                PaginaVerzoek.van(cursor, pageSize), gebruiker.vereist());
        return RestResponse.ok(mapper.naarDto(pagina));
    }

    @Override
    public RestResponse<Participatietraject> maakParticipatietraject(ParticipatietrajectGegevens gegevens,
                                                                     String idempotencyKey) {
        Gebruiker door = gebruiker.vereist();
        return idempotent.maak(idempotencyKey, door, "maakParticipatietraject", gegevens, Participatietraject.class, () -> {
            var gelezen = maak.maak(new MaakParticipatietrajectUseCase.Command(door, mapper.naarDomein(gegevens)));
            var traject = gelezen.traject();
            return Aangemaakt.van(mapper.naarDto(gelezen), uriInfo, ParticipatietrajectenApi.class,
                    traject.getId().toString(), traject.getVersie());
        });
    }

    @Override
    public RestResponse<Participatietraject> leesParticipatietraject(UUID trajectId) {
        return gelezen(trajecten.lees(new TrajectId(trajectId), gebruiker.vereist()));
    }

    @Override
    public RestResponse<Participatietraject> wijzigParticipatietraject(UUID trajectId, ParticipatietrajectGegevens gegevens,
                                                                       String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return gelezen(wijzig.wijzig(new WijzigParticipatietrajectUseCase.Command(gebruiker.vereist(),
                new TrajectId(trajectId), versie, mapper.naarDomein(gegevens))));
    }

    @Override
    public RestResponse<Participatietraject> legAfwegingVast(UUID trajectId, Afweging afweging, String ifMatch) {
        return legVast(trajectId, ifMatch, new LegTrajectstapVastUseCase.AfwegingUitkomst(mapper.naarDomein(afweging)));
    }

    @Override
    public RestResponse<Participatietraject> legBetrokkenenVast(UUID trajectId, Betrokkenen betrokkenen, String ifMatch) {
        return legVast(trajectId, ifMatch, new LegTrajectstapVastUseCase.BetrokkenenUitkomst(mapper.naarDomein(betrokkenen)));
    }

    @Override
    public RestResponse<Participatietraject> legNiveaubepalingVast(UUID trajectId, Niveaubepaling bepaling, String ifMatch) {
        return legVast(trajectId, ifMatch, new LegTrajectstapVastUseCase.NiveauUitkomst(mapper.naarDomein(bepaling.getNiveau()),
                mapper.naarDomein(bepaling)));
    }

    @Override
    public RestResponse<Participatietraject> legCommunicatieplanVast(UUID trajectId, Communicatieplan plan, String ifMatch) {
        return legVast(trajectId, ifMatch, new LegTrajectstapVastUseCase.CommunicatieplanUitkomst(mapper.naarDomein(plan)));
    }

    @Override
    public RestResponse<Participatietraject> legMiddelenVast(UUID trajectId, Middelenkeuze keuze, String ifMatch) {
        return legVast(trajectId, ifMatch, new LegTrajectstapVastUseCase.MiddelenUitkomst(mapper.naarDomein(keuze)));
    }

    @Override
    public RestResponse<Participatietraject> legEvaluatieVast(UUID trajectId, Evaluatie evaluatie, String ifMatch) {
        return legVast(trajectId, ifMatch, new LegTrajectstapVastUseCase.EvaluatieUitkomst(mapper.naarDomein(evaluatie)));
    }

    @Override
    public RestResponse<Participatietraject> wijzigParticipatieniveau(UUID trajectId, NiveauwijzigingNieuw wijziging,
                                                                      String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return gelezen(wijzigNiveau.wijzigNiveau(new WijzigNiveauUseCase.Command(gebruiker.vereist(),
                new TrajectId(trajectId), versie, mapper.naarDomein(wijziging.getNiveau()), wijziging.getReden())));
    }

    @Override
    public RestResponse<Participatietraject> startParticipatie(UUID trajectId, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return gelezen(start.start(new StartParticipatieUseCase.Command(gebruiker.vereist(), new TrajectId(trajectId), versie)));
    }

    @Override
    public RestResponse<Participatietraject> sluitParticipatietraject(UUID trajectId, String ifMatch) {
        long versie = Versies.uitIfMatch(ifMatch);
        return gelezen(sluit.sluit(new SluitParticipatietrajectUseCase.Command(gebruiker.vereist(), new TrajectId(trajectId), versie)));
    }

    @Override
    public RestResponse<Participatietraject> legTrajectcontactVast(UUID trajectId, ContactmomentNieuw nieuw) {
        return gelezen(contact.legVast(new LegTrajectcontactVastUseCase.Command(gebruiker.vereist(),
                new TrajectId(trajectId), nieuw.getOp().toInstant(), mapper.naarDomein(nieuw.getKanaal()),
                nieuw.getSamenvatting())));
    }

    @Override
    public RestResponse<TrajectAuditspoor> leesTrajectAudit(UUID trajectId) {
        return RestResponse.ok(mapper.naarDto(trajecten.audit(new TrajectId(trajectId), gebruiker.vereist())));
    }

    private RestResponse<Participatietraject> legVast(UUID trajectId, String ifMatch, LegTrajectstapVastUseCase.Uitkomst uitkomst) {
        long versie = Versies.uitIfMatch(ifMatch);
        return gelezen(legStapVast.legVast(new LegTrajectstapVastUseCase.Command(gebruiker.vereist(), new TrajectId(trajectId),
                versie, uitkomst)));
    }

    private RestResponse<Participatietraject> gelezen(GelezenTraject gelezen) {
        return Versies.ok(mapper.naarDto(gelezen), gelezen.traject().getVersie());
    }
}
