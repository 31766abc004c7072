package nl.kernpunt.application.subsidie.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.subsidie.SubsidieaanvraagFilter;
import nl.kernpunt.application.gedeeld.fout.NietGevonden;
import nl.kernpunt.application.gedeeld.toegang.Gebruiker;
import nl.kernpunt.application.gemeente.port.out.GemeenteRepository;
import nl.kernpunt.application.initiatief.port.out.InitiatiefRepository;
import nl.kernpunt.application.kern.port.out.KernRepository;
import nl.kernpunt.application.subsidie.port.in.Budgetstand;
import nl.kernpunt.application.subsidie.port.in.GelezenSubsidieaanvraag;
import nl.kernpunt.application.subsidie.port.in.GelezenSubsidieregeling;
import nl.kernpunt.application.subsidie.port.in.SubsidieQuery;
import nl.kernpunt.application.subsidie.port.out.SubsidieRepository;
import nl.kernpunt.application.subsidie.port.out.SubsidieregelingRepository;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.kern.Kern;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.subsidie.Budgetpot;
import nl.kernpunt.domain.subsidie.Ontvangersoort;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.Subsidieregeling;

/**
 * Reads the grant ledger for the own gemeente's staff. Transactional (not only supporting one), as
 * a gemeente's first read creates its default schemes.
 */
@ApplicationScoped
@Transactional
public class SubsidieQueryService implements SubsidieQuery {

    private final SubsidieRepository subsidies;
    private final InitiatiefRepository initiatieven;
    private final KernRepository kernen;
    private final Subsidieregelingen regelingen;

    public SubsidieQueryService(SubsidieRepository subsidies, SubsidieregelingRepository regelingRepository,
                                GemeenteRepository gemeenten,
                                InitiatiefRepository initiatieven, KernRepository kernen, Clock klok) {
        this.subsidies = subsidies;
        this.initiatieven = initiatieven;
        this.kernen = kernen;
        this.regelingen = new Subsidieregelingen(regelingRepository, gemeenten, kernen, klok);
    }

    @Override
    public List<GelezenSubsidieregeling> regelingen(Gebruiker lezer) {
        return regelingen.van(lezer.gemeente()).stream().map(GelezenSubsidieregeling::new).toList();
    }

    @Override
    public GelezenSubsidieregeling regeling(Regelingcode code, Gebruiker lezer) {
        return new GelezenSubsidieregeling(regelingen.van(lezer.gemeente(), code));
    }

    @Override
    public Budgetstand budget(Regelingcode code, Integer jaar, KernId kern, String ontvanger, Gebruiker lezer) {
        Subsidieregeling regeling = regelingen.van(lezer.gemeente(), code);
        boolean perKern = regeling.isPerKern();
        if (perKern && kern == null) {
            throw new OngeldigeWaarde("kern", "verplicht", "de regeling " + regeling.getNaam() + " geldt per kern: noem de kern");
        }
        if (!perKern && kern != null) {
            throw new OngeldigeWaarde("kern", "niet-van-toepassing", "deze regeling geldt niet per kern");
        }
        Optional<Kern> deKern = perKern ? kernen.vind(kern).filter(k -> lezer.hoortBij(k.getGemeente())) : Optional.empty();
        if (perKern && deKern.isEmpty()) {
            throw new OngeldigeWaarde("kern", "kern-onbekend", "is geen kern van uw gemeente");
        }
        String organisatie = null;
        if (regeling.isPerOrganisatie()) {
            if (ontvanger == null || ontvanger.isBlank()) {
                throw new OngeldigeWaarde("ontvanger", "verplicht",
                        "de regeling " + regeling.getNaam() + " geldt per organisatie: noem de ontvanger");
            }
            Ontvangersoort soort = regeling.getOntvangersoort().orElseThrow();
            organisatie = soort.organisatie(deKern.orElseThrow(), ontvanger).orElseThrow(() -> new RegelGeschonden(
                    "ontvanger-onbekend", "de kern heeft in haar register geen " + soort.extern() + " met die naam",
                    "ontvanger"));
        } else if (ontvanger != null) {
            throw new OngeldigeWaarde("ontvanger", "niet-van-toepassing", "deze regeling kent geen ontvanger per organisatie");
        }
        Budgetpot pot = regelingen.pot(regeling, kern, organisatie, jaar == null ? regelingen.ditJaar() : jaar);
        return new Budgetstand(pot, subsidies.toegekend(pot));
    }

    @Override
    public GelezenSubsidieaanvraag lees(AanvraagId id, Gebruiker lezer) {
        return subsidies.vind(id)
                .filter(a -> lezer.hoortBij(a.getGemeente()))
                .map(GelezenSubsidieaanvraag::new)
                .orElseThrow(() -> new NietGevonden("subsidieaanvraag", id));
    }

    @Override
    public Pagina<GelezenSubsidieaanvraag> zoek(InitiatiefId initiatief, Instant gewijzigdSinds, PaginaVerzoek verzoek,
                                          Gebruiker lezer) {
        if (initiatief == null && gewijzigdSinds == null) {
            throw new OngeldigeWaarde("initiatiefId", "verplicht", "geef initiatiefId, updatedSince of beide");
        }
        if (initiatief != null) {
            initiatieven.vind(initiatief).filter(i -> lezer.hoortBij(i.getGemeente()))
                    .orElseThrow(() -> new NietGevonden("initiatief", initiatief));
        }
        return subsidies.zoek(new SubsidieaanvraagFilter(lezer.gemeente(), initiatief, gewijzigdSinds), verzoek)
                .map(GelezenSubsidieaanvraag::new);
    }
}
