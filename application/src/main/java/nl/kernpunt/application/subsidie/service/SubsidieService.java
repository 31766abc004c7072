package nl.kernpunt.application.subsidie.service;

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
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.initiatief.service.InitiatiefService;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.subsidie.port.in.ArchiveerSubsidieregelingUseCase;
import nl.kernpunt.application.subsidie.port.in.BetaalSubsidieUitUseCase;
import nl.kernpunt.application.subsidie.port.in.GelezenSubsidieaanvraag;
import nl.kernpunt.application.subsidie.port.in.GelezenSubsidieregeling;
import nl.kernpunt.application.subsidie.port.in.KenRondebudgetToeUseCase;
import nl.kernpunt.application.subsidie.port.in.KenSubsidieToeUseCase;
import nl.kernpunt.application.subsidie.port.in.LegSubsidieregelingAanUseCase;
import nl.kernpunt.application.subsidie.port.in.VraagSubsidieAanUseCase;
import nl.kernpunt.application.subsidie.port.in.WijsSubsidieAfUseCase;
import nl.kernpunt.application.subsidie.port.in.WijzigSubsidieregelingUseCase;
import nl.kernpunt.application.subsidie.port.out.SubsidieRepository;
import nl.kernpunt.application.subsidie.port.out.SubsidieregelingRepository;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.initiatief.Initiatief;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.subsidie.Begrotingsregel;
import nl.kernpunt.domain.subsidie.Doelcriterium;
import nl.kernpunt.domain.subsidie.Kostensoort;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Subsidieaanvraag;
import nl.kernpunt.domain.subsidie.Subsidieregeling;

/**
 * The write side of the grant ledger; one transaction per use case. A grant reserves its amount in
 * the pot in that transaction, so a failure later in the use case gives the money back. Every
 * change to an application leaves an audit line on its initiative, so the initiative's trail
 * shows its grants.
 */
@ApplicationScoped
@Transactional
public class SubsidieService implements VraagSubsidieAanUseCase, KenSubsidieToeUseCase, WijsSubsidieAfUseCase,
        BetaalSubsidieUitUseCase, WijzigSubsidieregelingUseCase, KenRondebudgetToeUseCase,
        LegSubsidieregelingAanUseCase, ArchiveerSubsidieregelingUseCase {


    private final SubsidieRepository subsidies;
    private final InitiatiefRepository initiatieven;
    private final KernRepository kernen;
    private final Subsidieregelingen regelingen;
    private final SubsidieregelingRepository regelingRepository;
    private final Auditspoor auditspoor;
    private final Clock klok;

    public SubsidieService(SubsidieRepository subsidies, SubsidieregelingRepository regelingRepository,
                           GemeenteRepository gemeenten, KernRepository kernen,
                           InitiatiefRepository initiatieven, Auditspoor auditspoor, Clock klok) {
        this.subsidies = subsidies;
        this.initiatieven = initiatieven;
        this.kernen = kernen;
        this.regelingen = new Subsidieregelingen(regelingRepository, gemeenten, kernen, klok);
        this.regelingRepository = regelingRepository;
        this.auditspoor = auditspoor;
        this.klok = klok;
    }

    @Override
    public GelezenSubsidieaanvraag vraagAan(VraagSubsidieAanUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        // an initiative of another gemeente is named like a missing one, and both are the client's input error
        Initiatief initiatief = initiatieven.vind(command.initiatief())
                .filter(i -> gebruiker.hoortBij(i.getGemeente()))
                .orElseThrow(() -> new OngeldigeWaarde("initiatiefId", "initiatief-onbekend",
                        "is geen initiatief van uw gemeente"));
        Subsidieregeling regeling = regelingen.van(gebruiker.gemeente(), command.regeling());
        Subsidieaanvraag aanvraag = subsidies.voegToe(Subsidieaanvraag.vraagAan(initiatief, kernVan(initiatief), regeling,
                command.jaar(), command.ontvanger(), command.omschrijving(), command.begroting(), command.bijeenkomst(), klok));
        int jaar = aanvraag.getJaar();
        audit(aanvraag, gebruiker, "subsidie-aangevraagd", Map.of("aangevraagd", aanvraag.aangevraagd().tekst(),
                "jaar", String.valueOf(jaar)));
        return new GelezenSubsidieaanvraag(aanvraag);
    }

    @Override
    public GelezenSubsidieaanvraag kenToe(KenSubsidieToeUseCase.Command command) {
        Subsidieaanvraag aanvraag = laadVoorBesluit(command.gebruiker(), command.aanvraag(), command.verwachteVersie());
        Subsidieregeling regeling = regelingen.van(aanvraag.getGemeente(), aanvraag.getRegeling());
        aanvraag.kenToe(command.bedrag(), command.criteria(), command.doeltoets(), command.collegebesluit(), regeling,
                subsidies.toegekendeBijeenkomsten(aanvraag), command.gebruiker().naam(), klok);
        subsidies.reserveer(regelingen.pot(regeling, aanvraag.getKern(), aanvraag.getOntvanger().orElse(null), aanvraag.getJaar()), command.bedrag());
        Subsidieaanvraag bewaard = subsidies.bewaar(aanvraag);
        audit(bewaard, command.gebruiker(), "subsidie-toegekend", Map.of("bedrag", command.bedrag().tekst()));
        return new GelezenSubsidieaanvraag(bewaard);
    }

    @Override
    public AanvraagId kenRondebudgetToe(KenRondebudgetToeUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        Initiatief initiatief = initiatieven.vind(command.initiatief())
                .filter(i -> gebruiker.hoortBij(i.getGemeente()))
                .orElseThrow(() -> new NietGevonden("initiatief", command.initiatief()));
        Subsidieregeling regeling = regelingen.van(gebruiker.gemeente(), Regelingsoort.LEEFBAARHEIDSBUDGET.code());
        Subsidieaanvraag aanvraag = Subsidieaanvraag.vraagAan(initiatief, kernVan(initiatief), regeling,
                command.jaar(), command.omschrijving(), List.of(new Begrotingsregel(command.omschrijving(),
                        Kostensoort.OVERIG, command.bedrag())), null, klok);
        aanvraag.kenToeDoorBewoners(command.motivering(), gebruiker.naam(), klok);
        subsidies.reserveer(regelingen.pot(regeling, aanvraag.getKern(), aanvraag.getOntvanger().orElse(null), aanvraag.getJaar()), command.bedrag());
        Subsidieaanvraag bewaard = subsidies.voegToe(aanvraag);
        audit(bewaard, gebruiker, "subsidie-toegekend", Map.of("bedrag", command.bedrag().tekst(),
                "jaar", String.valueOf(bewaard.getJaar()), "motivering", command.motivering()));
        return bewaard.getId();
    }

    @Override
    public GelezenSubsidieaanvraag wijsAf(WijsSubsidieAfUseCase.Command command) {
        Subsidieaanvraag aanvraag = laadVoorBesluit(command.gebruiker(), command.aanvraag(), command.verwachteVersie());
        aanvraag.wijsAf(command.motivering(), command.criteria(), command.doeltoets(), command.collegebesluit(),
                regelingen.van(aanvraag.getGemeente(), aanvraag.getRegeling()), command.gebruiker().naam(), klok);
        Subsidieaanvraag bewaard = subsidies.bewaar(aanvraag);
        audit(bewaard, command.gebruiker(), "subsidie-afgewezen",
                Map.of("motivering", bewaard.getMotivering().orElseThrow()));
        return new GelezenSubsidieaanvraag(bewaard);
    }

    @Override
    public GelezenSubsidieaanvraag betaalUit(BetaalSubsidieUitUseCase.Command command) {
        Subsidieaanvraag aanvraag = laadVoorBesluit(command.gebruiker(), command.aanvraag(), command.verwachteVersie());
        aanvraag.betaalUit(command.gebruiker().naam(), klok);
        Subsidieaanvraag bewaard = subsidies.bewaar(aanvraag);
        audit(bewaard, command.gebruiker(), "subsidie-uitbetaald",
                Map.of("bedrag", bewaard.getToegekendBedrag().orElseThrow().tekst()));
        return new GelezenSubsidieaanvraag(bewaard);
    }

    @Override
    public GelezenSubsidieregeling wijzig(WijzigSubsidieregelingUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        Subsidieregeling regeling = voorBeheerder(gebruiker, command.code(), command.verwachteVersie());
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("vorigBedrag", regeling.getBedrag().tekst());
        regeling.wijzig(command.naam(), command.bedrag(), command.doeltoets(), klok);
        gegevens.put("naam", regeling.getNaam());
        gegevens.put("bedrag", regeling.getBedrag().tekst());
        gegevens.put("doeltoets", regeling.getDoeltoets().criteria().stream().map(Doelcriterium::code)
                .collect(Collectors.joining(",")));
        auditRegeling(regeling, gebruiker, "regeling-gewijzigd", gegevens);
        return new GelezenSubsidieregeling(regelingRepository.bewaar(regeling));
    }

    @Override
    public GelezenSubsidieregeling legAan(LegSubsidieregelingAanUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        regelingen.legAan(gebruiker.gemeente());
        Subsidieregeling regeling = Subsidieregeling.eigen(gebruiker.gemeente(), command.code(), command.naam(),
                command.budgetsoort(), command.ontvangersoort(), command.bedrag(), command.uitgeslotenKosten(),
                command.doeltoets(), klok);
        if (!regelingRepository.voegToeAlsNieuw(regeling)) {
            throw new RegelGeschonden("regeling-bestaat-al", "uw gemeente heeft al een regeling " + command.code(), "code");
        }
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("code", regeling.getCode().waarde());
        gegevens.put("budgetsoort", regeling.getBudgetsoort().name().toLowerCase().replace('_', '-'));
        gegevens.put("bedrag", regeling.getBedrag().tekst());
        auditRegeling(regeling, gebruiker, "regeling-aangelegd", gegevens);
        return new GelezenSubsidieregeling(regelingRepository.vind(gebruiker.gemeente(), regeling.getCode()).orElseThrow());
    }

    @Override
    public GelezenSubsidieregeling archiveer(ArchiveerSubsidieregelingUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        Subsidieregeling regeling = voorBeheerder(gebruiker, command.code(), command.verwachteVersie());
        regeling.archiveer(klok);
        auditRegeling(regeling, gebruiker, "regeling-gearchiveerd", Map.of("code", regeling.getCode().waarde()));
        return new GelezenSubsidieregeling(regelingRepository.bewaar(regeling));
    }

    /** A stored scheme of the beheerder's own gemeente, at the version the change was based on. */
    private Subsidieregeling voorBeheerder(Gebruiker gebruiker, Regelingcode code, long verwachteVersie) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        Subsidieregeling regeling = regelingen.opgeslagen(gebruiker.gemeente(), code);
        VersieVerouderd.controleer("subsidieregeling", code, verwachteVersie, regeling.getVersie());
        return regeling;
    }

    private void auditRegeling(Subsidieregeling regeling, Gebruiker door, String actie, Map<String, String> gegevens) {
        auditspoor.leg(Auditregel.van(regeling.getGemeente(), Auditsoort.SUBSIDIEREGELING, regeling.getId(), klok.instant(),
                door, actie, gegevens));
    }

    /** The initiative's kern, whose register holds the recipients of a per-recipient allowance. */
    private Kern kernVan(Initiatief initiatief) {
        return kernen.vind(initiatief.getKern()).orElseThrow(() -> new NietGevonden("kern", initiatief.getKern()));
    }

    /**
     * Staff of another gemeente get NietGevonden; deciding and recording payment is the
     * kernambtenaar's or the beheerder's, and for bijzondere initiatieven, which the college
     * decides, only the beheerder records it.
     */
    private Subsidieaanvraag laadVoorBesluit(Gebruiker gebruiker, AanvraagId id, long verwachteVersie) {
        Subsidieaanvraag aanvraag = subsidies.vind(id)
                .filter(a -> gebruiker.hoortBij(a.getGemeente()))
                .orElseThrow(() -> new NietGevonden("subsidieaanvraag", id));
        if (aanvraag.vraagtCollegebesluit()) {
            gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER);
        } else {
            gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER, Gebruikersrol.KERNAMBTENAAR);
        }
        VersieVerouderd.controleer("subsidieaanvraag", id, verwachteVersie, aanvraag.getVersie());
        return aanvraag;
    }

    /** On the initiative's own trail, so its audit shows its grants; the application is named in the line. */
    private void audit(Subsidieaanvraag aanvraag, Gebruiker door, String actie, Map<String, String> meer) {
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("aanvraag", aanvraag.getId().toString());
        gegevens.put("regeling", aanvraag.getRegeling().waarde());
        gegevens.putAll(meer);
        auditspoor.leg(Auditregel.van(aanvraag.getGemeente(), Auditsoort.INITIATIEF,
                aanvraag.getInitiatief().waarde(), klok.instant(), door, actie, gegevens));
    }
}
