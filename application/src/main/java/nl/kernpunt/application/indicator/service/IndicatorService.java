package nl.kernpunt.application.indicator.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gemeente.GeregistreerdeGemeente;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.indicator.IndicatorFilter;
import nl.kernpunt.application.indicator.port.in.GelezenIndicator;
import nl.kernpunt.application.indicator.port.in.IndicatorQuery;
import nl.kernpunt.application.indicator.port.in.LegIndicatorVastUseCase;
import nl.kernpunt.application.indicator.port.out.IndicatorRepository;
import nl.kernpunt.application.kern.Kernkeuze;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.domain.indicator.Indicator;
import nl.kernpunt.domain.indicator.IndicatorGegevens;
import nl.kernpunt.domain.indicator.IndicatorId;
import nl.kernpunt.domain.indicator.Meting;
import nl.kernpunt.domain.kern.KernId;

/**
 * Monitored figures: any staff role reads them and adds measurements; defining or correcting a
 * figure (its baseline, benchmark and target are policy) is for the beheerder and kernambtenaar.
 * Every change leaves an audit line in the same transaction.
 */
@ApplicationScoped
@Transactional
public class IndicatorService implements LegIndicatorVastUseCase, IndicatorQuery {


    private static final Gebruikersrol[] BESLUITERS = {Gebruikersrol.BEHEERDER, Gebruikersrol.KERNAMBTENAAR};

    private final IndicatorRepository indicatoren;
    private final KernRepository kernen;
    private final GemeenteRepository gemeenten;
    private final Auditspoor auditspoor;
    private final Clock klok;

    public IndicatorService(IndicatorRepository indicatoren, KernRepository kernen, GemeenteRepository gemeenten,
                            Auditspoor auditspoor, Clock klok) {
        this.indicatoren = indicatoren;
        this.kernen = kernen;
        this.gemeenten = gemeenten;
        this.auditspoor = auditspoor;
        this.klok = klok;
    }

    @Override
    public GelezenIndicator maak(MaakCommand command) {
        Gebruiker gebruiker = command.gebruiker();
        gebruiker.vereistEenVan(BESLUITERS);
        GeregistreerdeGemeente.vereis(gemeenten, gebruiker.gemeente());
        Kernkeuze.vereis(kernen, genoemd(command.gegevens()), List.of(), gebruiker, "kern");
        Indicator indicator = indicatoren.voegToe(Indicator.nieuw(gebruiker.gemeente(), command.gegevens(), klok));
        leg(indicator, gebruiker, "aangemaakt", gegevens(indicator.getGegevens()));
        return new GelezenIndicator(indicator);
    }

    @Override
    public GelezenIndicator wijzig(WijzigCommand command) {
        Gebruiker gebruiker = command.gebruiker();
        gebruiker.vereistEenVan(BESLUITERS);
        Indicator indicator = eigen(command.indicator(), gebruiker);
        VersieVerouderd.controleer(Auditsoort.INDICATOR, command.indicator(), command.verwachteVersie(), indicator.getVersie());
        Kernkeuze.vereis(kernen, genoemd(command.gegevens()), genoemd(indicator.getGegevens()), gebruiker, "kern");
        indicator.wijzig(command.gegevens(), klok);
        Indicator bewaard = indicatoren.bewaar(indicator);
        leg(bewaard, gebruiker, "gewijzigd", gegevens(bewaard.getGegevens()));
        return new GelezenIndicator(bewaard);
    }

    /** Adding only appends, so it needs no If-Match; the version check at save still catches a race. */
    @Override
    public GelezenIndicator voegMetingToe(MetingCommand command) {
        Gebruiker gebruiker = command.gebruiker();
        Indicator indicator = eigen(command.indicator(), gebruiker);
        Meting m = command.meting();
        indicator.voegMetingToe(new Meting(m.peildatum(), m.waarde(), m.bron(), gebruiker.naam()), klok);
        Indicator bewaard = indicatoren.bewaar(indicator);
        leg(bewaard, gebruiker, "meting-toegevoegd", Map.of("peildatum", m.peildatum().toString(),
                "waarde", m.waarde().toPlainString()));
        return new GelezenIndicator(bewaard);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public GelezenIndicator lees(IndicatorId id, Gebruiker lezer) {
        return new GelezenIndicator(eigen(id, lezer));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Pagina<GelezenIndicator> zoek(IndicatorFilter filter, PaginaVerzoek verzoek, Gebruiker lezer) {
        return indicatoren.zoek(new IndicatorFilter(lezer.gemeente(), filter.kern(), filter.bron(), filter.gewijzigdSinds()), verzoek)
                .map(GelezenIndicator::new);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Auditregel> audit(IndicatorId id, Gebruiker lezer) {
        eigen(id, lezer);
        return auditspoor.van(Auditsoort.INDICATOR, id.waarde());
    }

    /** A figure of another gemeente is reported exactly like a missing one. */
    private Indicator eigen(IndicatorId id, Gebruiker gebruiker) {
        return indicatoren.vind(id).filter(i -> gebruiker.hoortBij(i.getGemeente()))
                .orElseThrow(() -> new NietGevonden(Auditsoort.INDICATOR, id));
    }

    /** The kern a figure names; none for a figure of the whole gemeente. */
    private static List<KernId> genoemd(IndicatorGegevens gegevens) {
        return Stream.ofNullable(gegevens.kern()).toList();
    }

    private void leg(Indicator indicator, Gebruiker gebruiker, String actie, Map<String, String> gegevens) {
        auditspoor.leg(Auditregel.van(indicator.getGemeente(), Auditsoort.INDICATOR, indicator.getId().waarde(),
                indicator.getGewijzigdOp(), gebruiker, actie, gegevens));
    }

    private static Map<String, String> gegevens(IndicatorGegevens g) {
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("naam", g.naam());
        gegevens.put("nulmeting", g.nulmeting().waarde().toPlainString() + " (" + g.nulmeting().jaar() + ")");
        if (g.benchmark() != null) {
            gegevens.put("benchmark", g.benchmark().waarde().toPlainString());
        }
        if (g.streefwaarde() != null) {
            gegevens.put("streefwaarde", g.streefwaarde().waarde().toPlainString() + " (" + g.streefwaarde().jaar() + ")");
        }
        return gegevens;
    }
}
