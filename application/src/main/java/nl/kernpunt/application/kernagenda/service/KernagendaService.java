package nl.kernpunt.application.kernagenda.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kernpunt.application.bijeenkomst.port.out.BijeenkomstRepository;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.kernagenda.port.in.GelezenKernagenda;
import nl.kernpunt.application.kernagenda.port.in.KernagendaQuery;
import nl.kernpunt.application.kernagenda.port.in.StelKernagendaVastUseCase;
import nl.kernpunt.application.kernagenda.port.out.KernagendaRepository;
import nl.kernpunt.application.traject.port.out.ParticipatietrajectRepository;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.kernagenda.Feit;
import nl.kernpunt.domain.kernagenda.Kernagenda;
import nl.kernpunt.domain.kernagenda.Koppeling;
import nl.kernpunt.domain.kernagenda.Thema;
import nl.kernpunt.domain.traject.TrajectId;

/**
 * A kern's agenda and canvas: read by staff of the kern's gemeente, written by any of them, each
 * change with its audit line in the same transaction.
 */
@ApplicationScoped
@Transactional
public class KernagendaService implements StelKernagendaVastUseCase, KernagendaQuery {



    private final KernagendaRepository agendas;
    private final KernRepository kernen;
    private final InitiatiefRepository initiatieven;
    private final ParticipatietrajectRepository trajecten;
    private final BijeenkomstRepository bijeenkomsten;
    private final Auditspoor auditspoor;
    private final Clock klok;

    public KernagendaService(KernagendaRepository agendas, KernRepository kernen, InitiatiefRepository initiatieven,
                             ParticipatietrajectRepository trajecten, BijeenkomstRepository bijeenkomsten,
                             Auditspoor auditspoor, Clock klok) {
        this.agendas = agendas;
        this.kernen = kernen;
        this.initiatieven = initiatieven;
        this.trajecten = trajecten;
        this.bijeenkomsten = bijeenkomsten;
        this.auditspoor = auditspoor;
        this.klok = klok;
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public GelezenKernagenda lees(KernId kern, Gebruiker lezer) {
        Kern eigen = eigenKern(kern, lezer);
        return new GelezenKernagenda(agendas.vind(kern).orElseGet(() -> Kernagenda.leeg(kern, eigen.getGemeente(), klok)));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Auditregel> audit(KernId kern, Gebruiker lezer) {
        eigenKern(kern, lezer);
        return auditspoor.van(Auditsoort.KERNAGENDA, kern.waarde());
    }

    @Override
    public GelezenKernagenda stelThemasVast(ThemasCommand command) {
        Kernagenda agenda = laadVoorWijziging(command.gebruiker(), command.kern(), command.verwachteVersie());
        for (int i = 0; i < command.themas().size(); i++) {
            vereisEigenKoppelingen(command.gebruiker().gemeente(), "themas[" + i + "].koppelingen",
                    command.themas().get(i).koppelingen());
        }
        agenda.stelThemasVast(command.themas(), klok);
        return bewaarMetAudit(agenda, command.gebruiker(), "themas-vastgesteld", Map.of(
                "aantal", String.valueOf(agenda.getThemas().size()),
                "themas", agenda.getThemas().stream().map(Thema::titel).collect(Collectors.joining("; "))));
    }

    @Override
    public GelezenKernagenda stelCanvasVast(CanvasCommand command) {
        Kernagenda agenda = laadVoorWijziging(command.gebruiker(), command.kern(), command.verwachteVersie());
        agenda.stelCanvasVast(command.feiten(), klok);
        return bewaarMetAudit(agenda, command.gebruiker(), "canvas-vastgesteld", Map.of(
                "aantal", String.valueOf(agenda.getCanvas().size()),
                "sleutels", agenda.getCanvas().stream().map(Feit::sleutel).collect(Collectors.joining("; "))));
    }

    /** A kern of another gemeente is reported exactly like a missing one. */
    private Kern eigenKern(KernId kern, Gebruiker gebruiker) {
        return kernen.vind(kern).filter(k -> gebruiker.hoortBij(k.getGemeente()))
                .orElseThrow(() -> new NietGevonden("kern", kern));
    }

    /**
     * The first write stores the empty agenda first, so that write moves the version from 0 to 1
     * like any other: a second client still holding ETag "0" is then refused.
     */
    private Kernagenda laadVoorWijziging(Gebruiker gebruiker, KernId kern, long verwachteVersie) {
        Kern eigen = eigenKern(kern, gebruiker);
        Kernagenda agenda = agendas.vind(kern)
                .orElseGet(() -> agendas.voegToe(Kernagenda.leeg(kern, eigen.getGemeente(), klok)));
        VersieVerouderd.controleer(Auditsoort.KERNAGENDA, kern, verwachteVersie, agenda.getVersie());
        return agenda;
    }

    private void vereisEigenKoppelingen(Gemeentecode gemeente, String veld, List<Koppeling> koppelingen) {
        for (Koppeling koppeling : koppelingen) {
            boolean bestaat = switch (koppeling.soort()) {
                case INITIATIEF -> initiatieven.vind(new InitiatiefId(koppeling.id()))
                        .filter(i -> i.getGemeente().equals(gemeente)).isPresent();
                case TRAJECT -> trajecten.vind(new TrajectId(koppeling.id()))
                        .filter(t -> t.getGemeente().equals(gemeente)).isPresent();
                case BIJEENKOMST -> bijeenkomsten.vind(new BijeenkomstId(koppeling.id()))
                        .filter(b -> b.getGemeente().equals(gemeente)).isPresent();
            };
            if (!bestaat) {
                throw new OngeldigeWaarde(veld, "koppeling-onbekend", koppeling.soort().name().toLowerCase() + " "
                        + koppeling.id() + " bestaat niet in gemeente " + gemeente);
            }
        }
    }

    private GelezenKernagenda bewaarMetAudit(Kernagenda agenda, Gebruiker gebruiker, String actie,
                                             Map<String, String> gegevens) {
        Kernagenda bewaard = agendas.bewaar(agenda);
        auditspoor.leg(Auditregel.van(bewaard.getGemeente(), Auditsoort.KERNAGENDA, bewaard.getKern().waarde(), bewaard.getGewijzigdOp(),
                gebruiker, actie, gegevens));
        return new GelezenKernagenda(bewaard);
    }
}
