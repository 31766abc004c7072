package nl.kernpunt.adapter.rest.monitoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.rest.gedeeld.WaardeApiMapper;
import nl.kernpunt.api.model.AantalPerNiveau;
import nl.kernpunt.api.model.AantalPerRol;
import nl.kernpunt.api.model.AantalPerStatus;
import nl.kernpunt.api.model.InitiatiefStatus;
import nl.kernpunt.api.model.LeefbaarometerPerKern;
import nl.kernpunt.api.model.Monitoring;
import nl.kernpunt.api.model.MonitoringAfspraken;
import nl.kernpunt.api.model.MonitoringBereik;
import nl.kernpunt.api.model.MonitoringBijeenkomsten;
import nl.kernpunt.api.model.MonitoringInitiatieven;
import nl.kernpunt.api.model.MonitoringKernen;
import nl.kernpunt.api.model.MonitoringLeefbaarometer;
import nl.kernpunt.api.model.MonitoringOverlegtafels;
import nl.kernpunt.api.model.MonitoringBegrotingsronde;
import nl.kernpunt.api.model.MonitoringBegrotingsrondes;
import nl.kernpunt.api.model.MonitoringSubsidie;
import nl.kernpunt.api.model.MonitoringSubsidies;
import nl.kernpunt.api.model.MonitoringTrajecten;
import nl.kernpunt.api.model.MonitoringVragen;
import nl.kernpunt.api.model.OverlegtafelPerGebied;
import nl.kernpunt.api.model.Participatieniveau;
import nl.kernpunt.api.model.Rol;
import nl.kernpunt.api.model.Streefcijfers;
import nl.kernpunt.api.model.StreefcijfersWijziging;
import nl.kernpunt.application.bijeenkomst.Bijeenkomstcijfers;
import nl.kernpunt.application.bijeenkomst.Overlegtafelcijfers;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.indicator.Leefbaarometerstand;
import nl.kernpunt.application.initiatief.Afspraakcijfers;
import nl.kernpunt.application.initiatief.Initiatiefcijfers;
import nl.kernpunt.application.kern.Kerncijfers;
import nl.kernpunt.application.begroting.Begrotingscijfers;
import nl.kernpunt.application.subsidie.Subsidiecijfers;
import nl.kernpunt.application.traject.Trajectcijfers;
import nl.kernpunt.application.vraag.Vraagcijfers;
import nl.kernpunt.domain.gemeente.Streefwaarden;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Regelingcode;
import org.mapstruct.InjectionStrategy;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * The monitoring result as the contract writes it. MapStruct maps each section by its component
 * names; a count per enum value becomes a list of {value, aantal} in the enum's order.
 */
@Mapper(uses = WaardeApiMapper.class, injectionStrategy = InjectionStrategy.CONSTRUCTOR)
public interface MonitoringApiMapper {

    @Mapping(target = "participatietrajecten", expression = "java(participatietrajecten(monitoring))")
    @Mapping(target = "kernen", expression = "java(kernen(monitoring))")
    @Mapping(target = "subsidies", expression = "java(subsidies(monitoring))")
    @Mapping(target = "leefbaarometer", expression = "java(leefbaarometer(monitoring))")
    @Mapping(target = "overlegtafels", expression = "java(overlegtafels(monitoring))")
    Monitoring naarDto(nl.kernpunt.application.monitoring.port.in.Monitoring monitoring);

    @Mapping(target = "van", source = "periode.van")
    @Mapping(target = "tot", source = "periode.tot")
    MonitoringBereik naarDto(Monitoringbereik bereik);

    /** The generator's remove…Item look like fluent setters to MapStruct; they are no properties. */
    @Mapping(target = "removePerStatusItem", ignore = true)
    @Mapping(target = "removePerRolItem", ignore = true)
    MonitoringInitiatieven naarDto(Initiatiefcijfers cijfers);

    @Mapping(target = "removePerNiveauItem", ignore = true)
    @Mapping(target = "rapportcijfers", ignore = true)
    @Mapping(target = "gemiddeldRapportcijfer", ignore = true)
    @Mapping(target = "doelMinimaalRapportcijfer", ignore = true)
    @Mapping(target = "rapportcijferGehaald", ignore = true)
    MonitoringTrajecten naarDto(Trajectcijfers cijfers);

    /** The residents' average mark at the evaluations next to the gemeente's target (002), met or not. */
    default MonitoringTrajecten participatietrajecten(nl.kernpunt.application.monitoring.port.in.Monitoring monitoring) {
        BigDecimal gemiddelde = monitoring.rapportcijfers().gemiddelde();
        BigDecimal doel = monitoring.doelMinimaalRapportcijfer();
        return naarDto(monitoring.participatietrajecten()).rapportcijfers(monitoring.rapportcijfers().aantal())
                .gemiddeldRapportcijfer(gemiddelde).doelMinimaalRapportcijfer(doel)
                .rapportcijferGehaald(Streefwaarden.gehaald(gemiddelde, doel));
    }

    /** The areas with and without an overlegtafel next to the target (002: in all five areas). */
    default MonitoringOverlegtafels overlegtafels(nl.kernpunt.application.monitoring.port.in.Monitoring monitoring) {
        Overlegtafelcijfers cijfers = monitoring.overlegtafels();
        BigDecimal doel = monitoring.doelPercentageGebiedenMetOverlegtafel();
        return new MonitoringOverlegtafels().gebieden((long) cijfers.gebieden().size())
                .gebiedenMetOverlegtafel((long) cijfers.metOverlegtafel().size())
                .percentageMetOverlegtafel(cijfers.percentageMetOverlegtafel()).doelPercentageMetOverlegtafel(doel)
                .gehaald(Streefwaarden.gehaald(cijfers.percentageMetOverlegtafel(), doel))
                .perGebied(cijfers.gebieden().stream().map(gebied -> new OverlegtafelPerGebied().gebied(gebied)
                        .overlegtafel(cijfers.heeftOverlegtafel(gebied))).toList());
    }

    /** Every kern's Leefbaarometer mark, which ones miss the target, and whether all reach it (002). */
    default MonitoringLeefbaarometer leefbaarometer(nl.kernpunt.application.monitoring.port.in.Monitoring monitoring) {
        Leefbaarometerstand stand = monitoring.leefbaarometer();
        BigDecimal doel = monitoring.doelMinimaleLeefbaarometer();
        return new MonitoringLeefbaarometer().kernen((long) stand.perKern().size()).kernenMetScore(stand.kernenMetScore())
                .laagsteScore(stand.laagsteScore()).doelMinimaleScore(doel).gehaald(stand.gehaald(doel))
                .perKern(stand.perKern().stream().map(kern -> new LeefbaarometerPerKern().kern(kern.kern().waarde())
                        .naam(kern.naam()).score(kern.score()).onderDoel(Leefbaarometerstand.onderDoel(kern, doel)))
                        .toList());
    }

    @Mapping(target = "totaal", expression = "java(cijfers.totaal())")
    MonitoringAfspraken naarDto(Afspraakcijfers cijfers);

    @Mapping(target = "percentageMetKernambtenaar", expression = "java(cijfers.percentageMetKernambtenaar())")
    @Mapping(target = "metKernagenda", ignore = true)
    @Mapping(target = "percentageMetKernagenda", ignore = true)
    @Mapping(target = "doelPercentageMetKernagenda", ignore = true)
    @Mapping(target = "metKernagendaGehaald", ignore = true)
    MonitoringKernen naarDto(Kerncijfers cijfers);

    /** The kernagenda slice counts the kernen with an agenda; the contract shows them in the kernen section. */
    default MonitoringKernen kernen(nl.kernpunt.application.monitoring.port.in.Monitoring monitoring) {
        return naarDto(monitoring.kernen()).metKernagenda(monitoring.kernenMetKernagenda())
                .percentageMetKernagenda(monitoring.percentageKernenMetKernagenda())
                .doelPercentageMetKernagenda(monitoring.doelPercentageKernenMetKernagenda())
                .metKernagendaGehaald(Streefwaarden.gehaald(monitoring.percentageKernenMetKernagenda(),
                        monitoring.doelPercentageKernenMetKernagenda()));
    }

    @Mapping(target = "percentageBinnenTermijn", expression = "java(cijfers.percentageBinnenTermijn())")
    @Mapping(target = "overschreden", expression = "java(cijfers.overschreden())")
    MonitoringVragen naarDto(Vraagcijfers cijfers);

    @Mapping(target = "percentageTijdigTeruggekoppeld", expression = "java(cijfers.percentageTijdigTeruggekoppeld())")
    MonitoringBijeenkomsten naarDto(Bijeenkomstcijfers cijfers);

    /** Each scheme's figures with the gemeente's target next to its percentage. */
    default MonitoringSubsidies subsidies(nl.kernpunt.application.monitoring.port.in.Monitoring monitoring) {
        return new MonitoringSubsidies().perRegeling(monitoring.subsidies().stream()
                .map(cijfers -> {
                    BigDecimal doel = cijfers.doelPercentageToegekend(monitoring.streefcijfers());
                    return naarDto(cijfers).doelPercentageToegekend(doel)
                            .toegekendGehaald(Streefwaarden.gehaald(cijfers.percentageToegekend(), doel));
                })
                .toList());
    }

    @Mapping(target = "percentageToegekend", expression = "java(cijfers.percentageToegekend())")
    @Mapping(target = "doelPercentageToegekend", ignore = true)
    @Mapping(target = "toegekendGehaald", ignore = true)
    MonitoringSubsidie naarDto(Subsidiecijfers cijfers);

    @Mapping(target = "gewijzigdOp", source = "gewijzigdOp")
    @Mapping(target = ".", source = "waarden")
    Streefcijfers naarDto(nl.kernpunt.domain.gemeente.Streefcijfers streefcijfers);

    Streefwaarden naarDomein(StreefcijfersWijziging wijziging);

    default String naarDto(Regelingcode regeling) {
        return regeling.waarde();
    }

    default MonitoringBegrotingsrondes begrotingsrondes(List<Begrotingscijfers> cijfers) {
        return new MonitoringBegrotingsrondes().perKern(cijfers.stream().map(this::naarDto).toList());
    }

    @Mapping(target = "percentageOpkomst", expression = "java(cijfers.percentageOpkomst())")
    MonitoringBegrotingsronde naarDto(Begrotingscijfers cijfers);

    /** Money as the exact text the rest of the API uses ("2000.00"). */
    default String euro(Bedrag bedrag) {
        return bedrag == null ? null : bedrag.tekst();
    }

    default String euro(Optional<Bedrag> bedrag) {
        return bedrag.map(this::euro).orElse(null);
    }

    InitiatiefStatus naarDto(nl.kernpunt.domain.initiatief.InitiatiefStatus status);

    Rol naarDto(nl.kernpunt.domain.initiatief.Rol rol);

    Participatieniveau naarDto(nl.kernpunt.domain.traject.Participatieniveau niveau);

    default UUID kern(Optional<KernId> kern) {
        return kern.map(KernId::waarde).orElse(null);
    }

    default List<AantalPerStatus> perStatus(Map<nl.kernpunt.domain.initiatief.InitiatiefStatus, Long> aantallen) {
        return aantallen.entrySet().stream()
                .map(e -> new AantalPerStatus().status(naarDto(e.getKey())).aantal(e.getValue())).toList();
    }

    default List<AantalPerRol> perRol(Map<nl.kernpunt.domain.initiatief.Rol, Long> aantallen) {
        return aantallen.entrySet().stream()
                .map(e -> new AantalPerRol().rol(naarDto(e.getKey())).aantal(e.getValue())).toList();
    }

    default List<AantalPerNiveau> perNiveau(Map<nl.kernpunt.domain.traject.Participatieniveau, Long> aantallen) {
        return aantallen.entrySet().stream()
                .map(e -> new AantalPerNiveau().niveau(naarDto(e.getKey())).aantal(e.getValue())).toList();
    }
}
