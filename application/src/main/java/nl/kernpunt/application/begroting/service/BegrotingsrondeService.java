package nl.kernpunt.application.begroting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kernpunt.application.begroting.port.in.BeoordeelBegrotingsideeUseCase;
import nl.kernpunt.application.begroting.port.in.BrengStemUitUseCase;
import nl.kernpunt.application.begroting.port.in.DienBegrotingsideeInUseCase;
import nl.kernpunt.application.begroting.port.in.GeefStemcodesUitUseCase;
import nl.kernpunt.application.begroting.port.in.GelezenRonde;
import nl.kernpunt.application.begroting.port.in.OpenBegrotingsrondeUseCase;
import nl.kernpunt.application.begroting.port.in.SluitBegrotingsrondeUseCase;
import nl.kernpunt.application.begroting.port.out.BegrotingsrondeRepository;
import nl.kernpunt.application.gedeeld.audit.Auditregel;
import nl.kernpunt.application.gedeeld.audit.Auditsoort;
import nl.kernpunt.application.gedeeld.audit.Auditspoor;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gedeeld.toegang.Gebruikersrol;
import nl.kernpunt.application.initiatief.port.in.NeemBegrotingsideeOverUseCase;
import nl.kernpunt.application.kern.Kernkeuze;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.subsidie.port.in.KenRondebudgetToeUseCase;
import nl.kernpunt.application.subsidie.port.in.SubsidieQuery;
import nl.kernpunt.domain.begroting.Begrotingsidee;
import nl.kernpunt.domain.begroting.Begrotingsronde;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;
import nl.kernpunt.domain.begroting.IdeeId;
import nl.kernpunt.domain.begroting.Stemcode;
import nl.kernpunt.domain.begroting.Toewijzing;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Begrotingsjaar;
import nl.kernpunt.domain.subsidie.Regelingsoort;

/**
 * The write side of budget rounds (docs/adr/0022); one transaction per use case. Staff open,
 * judge, issue codes and close; residents submit ideas and vote without an account, so their
 * audit lines say "inwoner" and hold no personal data. A ballot itself leaves no audit line: the
 * code's row is its record.
 */
@ApplicationScoped
@Transactional
public class BegrotingsrondeService implements OpenBegrotingsrondeUseCase, DienBegrotingsideeInUseCase,
        BeoordeelBegrotingsideeUseCase, GeefStemcodesUitUseCase, BrengStemUitUseCase, SluitBegrotingsrondeUseCase {

    static final int MAX_CODES = 5000;
    private static final String INWONER = "inwoner";
    private static final SecureRandom TOEVAL = new SecureRandom();

    private final BegrotingsrondeRepository repository;
    private final Rondes rondes;
    private final KernRepository kernen;
    private final SubsidieQuery subsidies;
    private final KenRondebudgetToeUseCase kenToe;
    private final NeemBegrotingsideeOverUseCase neemOver;
    private final Auditspoor auditspoor;
    private final Clock klok;

    public BegrotingsrondeService(BegrotingsrondeRepository repository, KernRepository kernen,
                                  SubsidieQuery subsidies, KenRondebudgetToeUseCase kenToe,
                                  NeemBegrotingsideeOverUseCase neemOver, Auditspoor auditspoor, Clock klok) {
        this.repository = repository;
        this.rondes = new Rondes(repository);
        this.kernen = kernen;
        this.subsidies = subsidies;
        this.kenToe = kenToe;
        this.neemOver = neemOver;
        this.auditspoor = auditspoor;
        this.klok = klok;
    }

    @Override
    public GelezenRonde open(OpenBegrotingsrondeUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        vereisBeslisser(gebruiker);
        Kernkeuze.nieuw(kernen, command.kern(), gebruiker, "kern");
        int jaar = Begrotingsjaar.kies(command.jaar(), klok);
        Bedrag resterend = subsidies.budget(Regelingsoort.LEEFBAARHEIDSBUDGET.code(), jaar, command.kern(), gebruiker)
                .resterend().orElseThrow().rest(repository.beloofd(command.kern(), jaar));
        Begrotingsronde ronde = repository.voegToe(Begrotingsronde.open(gebruiker.gemeente(), command.kern(), jaar,
                command.bedrag(), command.ideeenperiode(), command.stemperiode(), command.stemwijze(), resterend,
                klok));
        audit(ronde, gebruiker.id(), "ronde-geopend", Map.of("kern", ronde.getKern().toString(),
                "jaar", String.valueOf(jaar), "bedrag", ronde.getBedrag().tekst(),
                "stemwijze", ronde.getStemwijze().extern()));
        return rondes.gelezen(ronde);
    }

    @Override
    public Begrotingsidee dienIn(DienBegrotingsideeInUseCase.Command command) {
        Begrotingsronde ronde = rondes.vind(command.ronde());
        Begrotingsidee idee = Begrotingsidee.dienIn(ronde, command.titel(), command.omschrijving(), command.kosten(),
                klok);
        repository.voegToe(idee);
        audit(ronde, INWONER, "idee-ingediend", Map.of("idee", idee.getId().toString(),
                "kosten", idee.getKosten().tekst()));
        return idee;
    }

    @Override
    public Begrotingsidee beoordeel(BeoordeelBegrotingsideeUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        vereisBeslisser(gebruiker);
        Begrotingsronde ronde = rondes.vanGemeente(command.ronde(), gebruiker, false);
        ronde.vereisOpen();
        Begrotingsidee idee = repository.vindIdee(ronde.getId(), command.idee())
                .orElseThrow(() -> new NietGevonden("begrotingsidee", command.idee()));
        idee.beoordeel(command.aanvaard(), command.motivering());
        repository.bewaarOordeel(idee);
        audit(ronde, gebruiker.id(), "idee-beoordeeld", Map.of("idee", idee.getId().toString(),
                "oordeel", idee.getStatus().extern(), "motivering", idee.getMotivering().orElseThrow()));
        return idee;
    }

    @Override
    public List<String> geefUit(GeefStemcodesUitUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        vereisBeslisser(gebruiker);
        if (command.aantal() < 1 || command.aantal() > MAX_CODES) {
            throw new OngeldigeWaarde("aantal", "aantal-buiten-bereik", "moet tussen 1 en " + MAX_CODES + " liggen");
        }
        Begrotingsronde ronde = rondes.vanGemeente(command.ronde(), gebruiker, false);
        ronde.vereisCodesUitTeGeven(klok);
        List<String> gedrukt = new ArrayList<>(command.aantal());
        List<String> hashes = new ArrayList<>(command.aantal());
        for (int i = 0; i < command.aantal(); i++) {
            Stemcode code = Stemcode.nieuw(TOEVAL);
            gedrukt.add(code.gedrukt());
            hashes.add(code.hash());
        }
        repository.voegStemcodesToe(ronde.getId(), hashes, klok.instant());
        audit(ronde, gebruiker.id(), "stemcodes-uitgegeven", Map.of("aantal", String.valueOf(command.aantal())));
        return gedrukt;
    }

    @Override
    public Stem brengUit(BrengStemUitUseCase.Command command) {
        Begrotingsronde ronde = repository.vergrendel(command.ronde(), false)
                .orElseThrow(() -> new NietGevonden(Rondes.SOORT, command.ronde()));
        ronde.vereisStemperiode(klok);
        Stemcode code = Stemcode.van("stemcode", command.stemcode());
        vereisCodeVanRonde(code, ronde);
        List<IdeeId> gekozenIds = command.ideeen() == null ? List.of() : command.ideeen();
        Map<IdeeId, Begrotingsidee> opStembiljet = new LinkedHashMap<>();
        repository.ideeen(ronde.getId()).stream().filter(Begrotingsidee::isAanvaard)
                .forEach(idee -> opStembiljet.put(idee.getId(), idee));
        List<Begrotingsidee> gekozen = gekozenIds.stream().map(id -> {
            Begrotingsidee idee = opStembiljet.get(id);
            if (idee == null) {
                throw new OngeldigeWaarde("ideeen", "idee-niet-op-stembiljet",
                        id + " is geen aanvaard idee van deze ronde");
            }
            return idee;
        }).toList();
        ronde.vereisGeldigeStem(gekozen);
        repository.legStemVast(code.hash(), gekozenIds, klok.instant());
        return new Stem(gekozenIds, gekozen.stream().map(Begrotingsidee::getKosten).reduce(Bedrag.NUL, Bedrag::plus));
    }

    /**
     * Unknown, issued for another round of the same kern, or for a round of another kern: three
     * stable codes, as a resident who mixed up two letters needs another hint than one holding
     * last year's card.
     */
    private void vereisCodeVanRonde(Stemcode code, Begrotingsronde ronde) {
        BegrotingsrondeId vanCode = repository.rondeVanStemcode(code.hash())
                .orElseThrow(() -> new OngeldigeWaarde("stemcode", "stemcode-onbekend", "is geen uitgegeven stemcode"));
        if (vanCode.equals(ronde.getId())) {
            return;
        }
        boolean zelfdeKern = repository.vind(vanCode).map(r -> r.getKern().equals(ronde.getKern())).orElse(false);
        throw zelfdeKern
                ? new OngeldigeWaarde("stemcode", "stemcode-andere-ronde", "hoort bij een andere begrotingsronde")
                : new OngeldigeWaarde("stemcode", "stemcode-andere-kern", "hoort bij een ronde van een andere kern");
    }

    @Override
    public GelezenRonde sluit(SluitBegrotingsrondeUseCase.Command command) {
        Gebruiker gebruiker = command.gebruiker();
        vereisBeslisser(gebruiker);
        Begrotingsronde ronde = rondes.vanGemeente(command.ronde(), gebruiker, true);
        List<Begrotingsidee> ideeen = repository.ideeen(ronde.getId());
        Toewijzing uitslag = Toewijzing.bereken(ronde.getBedrag(), ideeen, repository.stemmen(ronde.getId()));
        ronde.sluit(uitslag.toegewezen(), klok);
        for (Toewijzing.Regel regel : uitslag.gekozen()) {
            Begrotingsidee idee = ideeen.stream().filter(i -> i.getId().equals(regel.idee())).findFirst().orElseThrow();
            var initiatief = neemOver.neemOver(new NeemBegrotingsideeOverUseCase.Command(gebruiker, ronde.getKern(),
                    idee.getTitel(), idee.getOmschrijving()));
            kenToe.kenRondebudgetToe(new KenRondebudgetToeUseCase.Command(gebruiker, initiatief, ronde.getJaar(),
                    idee.getTitel(), regel.kosten(), "gekozen in begrotingsronde " + ronde.getId() + " met "
                    + regel.stemmen() + " stemmen"));
        }
        repository.bewaar(ronde);
        audit(ronde, gebruiker.id(), "ronde-gesloten", Map.of("toegewezen", uitslag.toegewezen().tekst(),
                "gekozen", String.valueOf(uitslag.gekozen().size())));
        return rondes.gelezen(repository.vind(ronde.getId()).orElseThrow());
    }

    private static void vereisBeslisser(Gebruiker gebruiker) {
        gebruiker.vereistEenVan(Gebruikersrol.BEHEERDER, Gebruikersrol.KERNAMBTENAAR);
    }

    private void audit(Begrotingsronde ronde, String door, String actie, Map<String, String> gegevens) {
        auditspoor.leg(Auditregel.van(ronde.getGemeente(), Auditsoort.BEGROTINGSRONDE, ronde.getId().waarde(),
                klok.instant(), door, actie, gegevens));
    }
}
