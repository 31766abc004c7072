package nl.kernpunt.application.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.begroting.port.out.Begrotingstelling;
import nl.kernpunt.application.bijeenkomst.Overlegtafelcijfers;
import nl.kernpunt.application.bijeenkomst.port.out.BijeenkomstRepository;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.fout.GeenToegang;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.indicator.Leefbaarometerstand;
import nl.kernpunt.application.indicator.port.out.IndicatorRepository;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.Kernligging;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.kernagenda.port.out.KernagendaRepository;
import nl.kernpunt.application.monitoring.port.in.Monitoring;
import nl.kernpunt.application.monitoring.port.in.MonitoringQuery;
import nl.kernpunt.application.monitoring.port.out.StreefcijferRepository;
import nl.kernpunt.application.monitoring.port.out.Wijzigingspeiling;
import nl.kernpunt.application.monitoring.port.out.Wijzigingspeiling.Peiling;
import nl.kernpunt.application.subsidie.port.out.SubsidieRepository;
import nl.kernpunt.application.traject.port.out.ParticipatietrajectRepository;
import nl.kernpunt.application.vraag.port.out.VraagRepository;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;

/**
 * Checks the scope once and lets each repository count its own section in the database. A new
 * section is one more repository call here and one more component of {@link Monitoring}. The figures
 * are computed again only when the probe says something they are read from changed (docs/adr/0034);
 * a new section's tables get the probe's change trigger. The one figure that moves with the clock
 * (questions whose deadline passed today) is the probe's and is added at every read, kept or not.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MonitoringService implements MonitoringQuery {

    private final InitiatiefRepository initiatieven;
    private final ParticipatietrajectRepository trajecten;
    private final KernRepository kernen;
    private final KernagendaRepository kernagendas;
    private final VraagRepository vragen;
    private final BijeenkomstRepository bijeenkomsten;
    private final SubsidieRepository subsidies;
    private final Begrotingstelling begrotingsrondes;
    private final StreefcijferRepository streefcijfers;
    private final IndicatorRepository indicatoren;
    private final Wijzigingspeiling peiling;
    private final Clock klok;
    private final Monitoringgeheugen geheugen = new Monitoringgeheugen();

    public MonitoringService(InitiatiefRepository initiatieven, ParticipatietrajectRepository trajecten,
                             KernRepository kernen, KernagendaRepository kernagendas, VraagRepository vragen,
                             BijeenkomstRepository bijeenkomsten, SubsidieRepository subsidies,
                             Begrotingstelling begrotingsrondes, StreefcijferRepository streefcijfers,
                             IndicatorRepository indicatoren, Wijzigingspeiling peiling, Clock klok) {
        this.initiatieven = initiatieven;
        this.trajecten = trajecten;
        this.kernen = kernen;
        this.kernagendas = kernagendas;
        this.vragen = vragen;
        this.bijeenkomsten = bijeenkomsten;
        this.subsidies = subsidies;
        this.begrotingsrondes = begrotingsrondes;
        this.streefcijfers = streefcijfers;
        this.indicatoren = indicatoren;
        this.peiling = peiling;
        this.klok = klok;
    }

    @Override
    public Monitoring lees(Vraag vraag, Gebruiker lezer) {
        Instant nu = klok.instant();
        LocalDate vandaag = LocalDate.ofInstant(nu, Periode.NEDERLAND);
        Monitoringbereik bereik = new Monitoringbereik(gemeente(vraag, lezer), kern(vraag, lezer),
                periode(vraag, vandaag));
        Peiling stand = peiling.peil(bereik, nu);
        return geheugen.geef(bereik, vandaag, stand.wijzigingen(), () -> bereken(bereik, vandaag))
                .metVandaagVerlopen(stand.vandaagVerlopen());
    }

    @Override
    public long berekeningen() {
        return geheugen.berekend();
    }

    private Monitoring bereken(Monitoringbereik bereik, LocalDate vandaag) {
        // the areas are the gemeente's kernen's, so overlegtafels look at all of them whatever the scope
        List<Kernligging> kernenVanGemeente = kernen.inBereik(
                new Monitoringbereik(bereik.gemeente(), Optional.empty(), bereik.periode()));
        return new Monitoring(bereik, initiatieven.tel(bereik), initiatieven.telAfspraken(bereik, vandaag),
                trajecten.tel(bereik), kernen.tel(bereik), kernagendas.telKernenMetAgenda(bereik),
                vragen.tel(bereik, vandaag), bijeenkomsten.tel(bereik, vandaag), subsidies.tel(bereik),
                begrotingsrondes.tel(bereik), trajecten.telRapportcijfers(bereik),
                Leefbaarometerstand.van(inBereik(kernenVanGemeente, bereik), indicatoren.leefbaarometers(bereik),
                        bereik.periode()),
                Overlegtafelcijfers.van(kernenVanGemeente, bereik.kern(),
                        bijeenkomsten.kernenMetOverlegtafel(bereik, vandaag)),
                streefcijfers.van(bereik.gemeente(), klok));
    }

    /** The scope's kern among the gemeente's, or all of them: the gemeente's are read once for both uses. */
    private static List<Kernligging> inBereik(List<Kernligging> kernenVanGemeente, Monitoringbereik bereik) {
        return bereik.kern().map(kern -> kernenVanGemeente.stream().filter(k -> k.id().equals(kern)).toList())
                .orElse(kernenVanGemeente);
    }

    /** Gemeenten are public, so naming another one is refused openly rather than pretended missing. */
    private static Gemeentecode gemeente(Vraag vraag, Gebruiker lezer) {
        if (vraag.gemeente() != null && !lezer.hoortBij(vraag.gemeente())) {
            throw new GeenToegang("andere-gemeente", "monitoring is alleen voor de eigen gemeente ("
                    + lezer.gemeente().waarde() + ")");
        }
        return lezer.gemeente();
    }

    private Optional<KernId> kern(Vraag vraag, Gebruiker lezer) {
        if (vraag.kern() == null) {
            return Optional.empty();
        }
        return kernen.vind(vraag.kern())
                .filter(kern -> lezer.hoortBij(kern.getGemeente()))
                .map(kern -> Optional.of(kern.getId()))
                .orElseThrow(() -> new OngeldigeWaarde("kern", "kern-onbekend", "is geen kern van uw gemeente"));
    }

    private static Periode periode(Vraag vraag, LocalDate vandaag) {
        if (vraag.van() == null && vraag.tot() == null) {
            return Periode.halfjaarVan(vandaag);
        }
        if (vraag.van() == null) {
            throw new OngeldigeWaarde("van", "verplicht", "geef van samen met tot");
        }
        if (vraag.tot() == null) {
            throw new OngeldigeWaarde("tot", "verplicht", "geef tot samen met van");
        }
        return new Periode(vraag.van(), vraag.tot());
    }
}
