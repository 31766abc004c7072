package nl.kernpunt.application.traject.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gemeente.GeregistreerdeGemeente;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.kern.Kernkeuze;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.traject.port.in.GelezenTraject;
import nl.kernpunt.application.traject.port.in.LegTrajectcontactVastUseCase;
import nl.kernpunt.application.traject.port.in.LegTrajectstapVastUseCase;
import nl.kernpunt.application.traject.port.in.MaakParticipatietrajectUseCase;
import nl.kernpunt.application.traject.port.in.SluitParticipatietrajectUseCase;
import nl.kernpunt.application.traject.port.in.StartParticipatieUseCase;
import nl.kernpunt.application.traject.port.in.WijzigNiveauUseCase;
import nl.kernpunt.application.traject.port.in.WijzigParticipatietrajectUseCase;
import nl.kernpunt.application.traject.port.out.ParticipatietrajectRepository;
import nl.kernpunt.domain.initiatief.Contactmoment;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.traject.Niveauwijziging;
import nl.kernpunt.domain.traject.Participatietraject;
import nl.kernpunt.domain.traject.TrajectGegevens;
import nl.kernpunt.domain.traject.TrajectId;

/**
 * The write side of participatietrajecten; one transaction per use case, and every change leaves
 * an audit line in that same transaction. Any staff role of the gemeente may write: the owner is
 * usually a beleidsmedewerker, who holds the medewerker role (docs/adr/0006).
 */
@ApplicationScoped
@Transactional
public class ParticipatietrajectService implements MaakParticipatietrajectUseCase, WijzigParticipatietrajectUseCase,
        LegTrajectstapVastUseCase, WijzigNiveauUseCase, StartParticipatieUseCase, SluitParticipatietrajectUseCase,
        LegTrajectcontactVastUseCase {



    private final ParticipatietrajectRepository trajecten;
    private final KernRepository kernen;
    private final GemeenteRepository gemeenten;
    private final Auditspoor auditspoor;
    private final Trajectweergaven weergaven;
    private final Clock klok;

    public ParticipatietrajectService(ParticipatietrajectRepository trajecten, KernRepository kernen,
                                      GemeenteRepository gemeenten, Auditspoor auditspoor, Clock klok) {
        this.trajecten = trajecten;
        this.kernen = kernen;
        this.gemeenten = gemeenten;
        this.auditspoor = auditspoor;
        this.weergaven = new Trajectweergaven(gemeenten, kernen, klok);
        this.klok = klok;
    }

    @Override
    public GelezenTraject maak(MaakParticipatietrajectUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        GeregistreerdeGemeente.vereis(gemeenten, gebruiker.gemeente());
        Kernkeuze.vereis(kernen, command.gegevens().kernen(), List.of(), gebruiker, "kernen");
        Participatietraject traject = trajecten.voegToe(Participatietraject.nieuw(gebruiker.gemeente(), command.gegevens(), klok));
        leg(traject, gebruiker, "aangemaakt", gegevens(traject.getGegevens()));
        return weergaven.van(traject);
    }

    @Override
    public GelezenTraject wijzig(WijzigParticipatietrajectUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        Participatietraject traject = laadVoorWijziging(gebruiker, command.traject(), command.verwachteVersie());
        Kernkeuze.vereis(kernen, command.gegevens().kernen(), traject.getGegevens().kernen(), gebruiker, "kernen");
        traject.wijzig(command.gegevens(), klok);
        return bewaarMetAudit(traject, gebruiker, "gewijzigd", gegevens(command.gegevens()));
    }

    @Override
    public GelezenTraject legVast(LegTrajectstapVastUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        Participatietraject traject = laadVoorWijziging(gebruiker, command.traject(), command.verwachteVersie());
        String door = gebruiker.naam();
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("stap", command.uitkomst().stap().name().toLowerCase());
        LegTrajectstapVastUseCase.Uitkomst uitkomst = command.uitkomst();
        if (uitkomst instanceof AfwegingUitkomst a) {
            traject.legAfwegingVast(a.afweging(), door, klok);
            gegevens.put("participatieGewenst", String.valueOf(a.afweging().participatieGewenst()));
        } else if (uitkomst instanceof BetrokkenenUitkomst b) {
            traject.legBetrokkenenVast(b.betrokkenen(), door, klok);
        } else if (uitkomst instanceof NiveauUitkomst n) {
            traject.legNiveauVast(n.niveau(), n.bepaling(), door, klok);
            gegevens.put("niveau", n.niveau().name().toLowerCase());
        } else if (uitkomst instanceof CommunicatieplanUitkomst c) {
            traject.legCommunicatieplanVast(c.communicatieplan(), door, klok);
        } else if (uitkomst instanceof MiddelenUitkomst m) {
            traject.legMiddelenVast(m.middelen(), door, klok);
        } else if (uitkomst instanceof EvaluatieUitkomst e) {
            traject.legEvaluatieVast(e.evaluatie(), door, klok);
        }
        return bewaarMetAudit(traject, gebruiker, "stap-vastgelegd", gegevens);
    }

    @Override
    public GelezenTraject wijzigNiveau(WijzigNiveauUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        Participatietraject traject = laadVoorWijziging(gebruiker, command.traject(), command.verwachteVersie());
        Niveauwijziging wijziging = traject.wijzigNiveau(command.naar(), command.reden(), gebruiker.naam(), klok);
        return bewaarMetAudit(traject, gebruiker, "niveau-gewijzigd", Map.of(
                "van", wijziging.van().name().toLowerCase(), "naar", wijziging.naar().name().toLowerCase(),
                "reden", wijziging.reden()));
    }

    @Override
    public GelezenTraject start(StartParticipatieUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        Participatietraject traject = laadVoorWijziging(gebruiker, command.traject(), command.verwachteVersie());
        traject.startParticipatie(klok);
        return bewaarMetAudit(traject, gebruiker, "participatie-gestart", Map.of("fase", "participatie"));
    }

    @Override
    public GelezenTraject sluit(SluitParticipatietrajectUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        Participatietraject traject = laadVoorWijziging(gebruiker, command.traject(), command.verwachteVersie());
        traject.sluit(klok);
        return bewaarMetAudit(traject, gebruiker, "afgesloten", Map.of("fase", "afgerond"));
    }

    @Override
    public GelezenTraject legVast(LegTrajectcontactVastUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        Participatietraject traject = laad(gebruiker, command.traject());
        Contactmoment contact = new Contactmoment(command.op(), command.kanaal(), command.samenvatting(), gebruiker.naam());
        traject.legContactVast(contact, klok);
        return bewaarMetAudit(traject, gebruiker, "contactmoment-vastgelegd", Map.of("op", contact.op().toString(),
                "kanaal", contact.kanaal().name().toLowerCase()));
    }

    /** A traject of another gemeente is reported exactly like a missing one. */
    private Participatietraject laad(Gebruiker gebruiker, TrajectId id) {
        return trajecten.vind(id)
                .filter(t -> gebruiker.hoortBij(t.getGemeente()))
                .orElseThrow(() -> new NietGevonden("participatietraject", id));
    }

    private Participatietraject laadVoorWijziging(Gebruiker gebruiker, TrajectId id, long verwachteVersie) {
        Participatietraject traject = laad(gebruiker, id);
        VersieVerouderd.controleer("participatietraject", id, verwachteVersie, traject.getVersie());
        return traject;
    }

    private GelezenTraject bewaarMetAudit(Participatietraject traject, Gebruiker gebruiker, String actie,
                                          Map<String, String> gegevens) {
        Participatietraject bewaard = trajecten.bewaar(traject);
        leg(bewaard, gebruiker, actie, gegevens);
        return weergaven.van(bewaard);
    }

    private void leg(Participatietraject traject, Gebruiker gebruiker, String actie, Map<String, String> gegevens) {
        auditspoor.leg(Auditregel.van(traject.getGemeente(), Auditsoort.PARTICIPATIETRAJECT, traject.getId().waarde(), traject.getGewijzigdOp(),
                gebruiker, actie, gegevens));
    }

    private static Map<String, String> gegevens(TrajectGegevens g) {
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("onderwerp", g.onderwerp());
        gegevens.put("eigenaar", g.eigenaar().naam());
        gegevens.put("scope", g.gemeentebreed() ? "gemeentebreed"
                : g.kernen().stream().map(KernId::toString).collect(Collectors.joining(",")));
        gegevens.put("vereistStartnotitie", String.valueOf(g.vereistStartnotitie()));
        gegevens.put("startnotitie", String.valueOf(g.startnotitie() != null));
        return gegevens;
    }
}
