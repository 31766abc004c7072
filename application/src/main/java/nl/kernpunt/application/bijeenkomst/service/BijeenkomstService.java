package nl.kernpunt.application.bijeenkomst.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kernpunt.application.bijeenkomst.port.in.GelezenBijeenkomst;
import nl.kernpunt.application.bijeenkomst.port.in.LegBijeenkomstVastUseCase;
import nl.kernpunt.application.bijeenkomst.port.in.LegTerugkoppelingVastUseCase;
import nl.kernpunt.application.bijeenkomst.port.in.WijzigBijeenkomstUseCase;
import nl.kernpunt.application.bijeenkomst.port.out.BijeenkomstRepository;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.OnbekendeVerwijzing;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gemeente.GeregistreerdeGemeente;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.Kernkeuze;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.traject.port.out.ParticipatietrajectRepository;
import nl.kernpunt.domain.bijeenkomst.Bijeenkomst;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstGegevens;
import nl.kernpunt.domain.bijeenkomst.BijeenkomstId;
import nl.kernpunt.domain.bijeenkomst.Terugkoppeling;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.traject.TrajectId;

/**
 * The write side of meetings; one transaction per use case, each change with its audit line in
 * that transaction. Any staff role of the gemeente may record a meeting and its feedback.
 */
@ApplicationScoped
@Transactional
public class BijeenkomstService implements LegBijeenkomstVastUseCase, WijzigBijeenkomstUseCase,
        LegTerugkoppelingVastUseCase {



    private final BijeenkomstRepository bijeenkomsten;
    private final KernRepository kernen;
    private final InitiatiefRepository initiatieven;
    private final ParticipatietrajectRepository trajecten;
    private final GemeenteRepository gemeenten;
    private final Auditspoor auditspoor;
    private final Clock klok;

    public BijeenkomstService(BijeenkomstRepository bijeenkomsten, KernRepository kernen,
                              InitiatiefRepository initiatieven, ParticipatietrajectRepository trajecten,
                              GemeenteRepository gemeenten, Auditspoor auditspoor, Clock klok) {
        this.bijeenkomsten = bijeenkomsten;
        this.kernen = kernen;
        this.initiatieven = initiatieven;
        this.trajecten = trajecten;
        this.gemeenten = gemeenten;
        this.auditspoor = auditspoor;
        this.klok = klok;
    }

    @Override
    public GelezenBijeenkomst legVast(LegBijeenkomstVastUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        int termijn = terugkoppeltermijn(gebruiker);
        vereisEigenVerwijzingen(gebruiker, command.gegevens(), List.of());
        Bijeenkomst bijeenkomst = bijeenkomsten.voegToe(
                Bijeenkomst.leg(gebruiker.gemeente(), command.gegevens(), termijn, klok));
        leg(bijeenkomst, gebruiker, "vastgelegd", gegevens(bijeenkomst));
        return GelezenBijeenkomst.op(bijeenkomst, klok);
    }

    @Override
    public GelezenBijeenkomst wijzig(WijzigBijeenkomstUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        Bijeenkomst bijeenkomst = laadVoorWijziging(gebruiker, command.bijeenkomst(), command.verwachteVersie());
        vereisEigenVerwijzingen(gebruiker, command.gegevens(), bijeenkomst.getGegevens().kernen());
        bijeenkomst.wijzig(command.gegevens(), terugkoppeltermijn(gebruiker), klok);
        return bewaarMetAudit(bijeenkomst, gebruiker, "gewijzigd", gegevens(bijeenkomst));
    }

    @Override
    public GelezenBijeenkomst legTerugkoppelingVast(LegTerugkoppelingVastUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        Bijeenkomst bijeenkomst = laadVoorWijziging(gebruiker, command.bijeenkomst(), command.verwachteVersie());
        bijeenkomst.legTerugkoppelingVast(
                new Terugkoppeling(command.datum(), command.wijze(), command.samenvatting(), gebruiker.naam()), klok);
        return bewaarMetAudit(bijeenkomst, gebruiker, "teruggekoppeld", Map.of(
                "datum", command.datum().toString(), "wijze", command.wijze().strip(),
                "tijdig", String.valueOf(bijeenkomst.isTijdigTeruggekoppeld())));
    }

    private int terugkoppeltermijn(Gebruiker gebruiker) {
        return GeregistreerdeGemeente.vereis(gemeenten, gebruiker.gemeente())
                .getInstellingen().terugkoppeltermijnDagen();
    }

    /** A meeting of another gemeente is reported exactly like a missing one. */
    private Bijeenkomst laadVoorWijziging(Gebruiker gebruiker, BijeenkomstId id, long verwachteVersie) {
        Bijeenkomst bijeenkomst = bijeenkomsten.vind(id)
                .filter(b -> gebruiker.hoortBij(b.getGemeente()))
                .orElseThrow(() -> new NietGevonden(Auditsoort.BIJEENKOMST, id));
        VersieVerouderd.controleer(Auditsoort.BIJEENKOMST, id, verwachteVersie, bijeenkomst.getVersie());
        return bijeenkomst;
    }

    /** Kernen, initiatives and trajecten of another gemeente are as unknown here as anywhere else. */
    private void vereisEigenVerwijzingen(Gebruiker gebruiker, BijeenkomstGegevens gegevens, List<KernId> alGenoemd) {
        Kernkeuze.vereis(kernen, gegevens.kernen(), alGenoemd, gebruiker, "kernen");
        for (UUID initiatief : gegevens.initiatieven()) {
            if (initiatieven.vind(new InitiatiefId(initiatief)).filter(i -> gebruiker.hoortBij(i.getGemeente())).isEmpty()) {
                throw OnbekendeVerwijzing.van("initiatieven", "initiatief", initiatief, gebruiker.gemeente());
            }
        }
        for (UUID traject : gegevens.trajecten()) {
            if (trajecten.vind(new TrajectId(traject)).filter(t -> gebruiker.hoortBij(t.getGemeente())).isEmpty()) {
                throw OnbekendeVerwijzing.van("trajecten", "traject", traject, gebruiker.gemeente());
            }
        }
    }

    private GelezenBijeenkomst bewaarMetAudit(Bijeenkomst bijeenkomst, Gebruiker gebruiker, String actie,
                                              Map<String, String> gegevens) {
        Bijeenkomst bewaard = bijeenkomsten.bewaar(bijeenkomst);
        leg(bewaard, gebruiker, actie, gegevens);
        return GelezenBijeenkomst.op(bewaard, klok);
    }

    private void leg(Bijeenkomst bijeenkomst, Gebruiker gebruiker, String actie, Map<String, String> gegevens) {
        auditspoor.leg(Auditregel.van(bijeenkomst.getGemeente(), Auditsoort.BIJEENKOMST, bijeenkomst.getId().waarde(),
                bijeenkomst.getGewijzigdOp(), gebruiker, actie, gegevens));
    }

    /** The minutes may name people: the trail records only whether there are any. */
    private static Map<String, String> gegevens(Bijeenkomst bijeenkomst) {
        BijeenkomstGegevens g = bijeenkomst.getGegevens();
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("titel", g.titel());
        gegevens.put("soort", g.soort().name().toLowerCase());
        gegevens.put("datum", g.datum().toString());
        gegevens.put("kernen", g.kernen().stream().map(KernId::toString).collect(Collectors.joining(",")));
        gegevens.put("aantalDeelnemers", String.valueOf(g.aantalDeelnemers()));
        gegevens.put("verslag", String.valueOf(g.verslag() != null));
        gegevens.put("terugkoppelingUiterlijk", bijeenkomst.getTerugkoppelingUiterlijk().toString());
        return gegevens;
    }
}
