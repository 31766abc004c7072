package nl.kernpunt.adapter.persistence.subsidie;

import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.AggregaatPersistenceAdapter;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.subsidie.port.out.SubsidieregelingRepository;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.subsidie.Doelcriterium;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.UitgeslotenKosten;
import nl.kernpunt.domain.subsidie.Subsidieregeling;

/** The schemes on PostgreSQL. Not transactional itself: the calling use case owns the transaction. */
@Singleton
class SubsidieregelingPersistenceAdapter
        extends AggregaatPersistenceAdapter<Subsidieregeling, SubsidieregelingJpaEntity, UUID>
        implements SubsidieregelingRepository {

    SubsidieregelingPersistenceAdapter(SubsidieregelingPanacheRepository regelingen,
                                       SubsidieregelingEntityMapper mapper) {
        super("subsidieregeling", regelingen, mapper);
    }

    @Override
    public List<Subsidieregeling> van(Gemeentecode gemeente) {
        return rijen().list("gemeente", gemeente.waarde()).stream().map(this::naarDomein)
                .sorted(Comparator.comparing(Subsidieregeling::getCode, Regelingcode.VOLGORDE)).toList();
    }

    @Override
    public Optional<Subsidieregeling> vind(Gemeentecode gemeente, Regelingcode code) {
        return rijen().find("gemeente = ?1 and code = ?2", gemeente.waarde(), code.waarde()).firstResultOptional()
                .map(this::naarDomein);
    }

    /**
     * Two first uses at once: the unique index lets one insert win and the other do nothing. The
     * winner's lists follow in the same transaction.
     */
    @Override
    public boolean voegToeAlsNieuw(Subsidieregeling regeling) {
        int ingevoegd = entityManager().createNativeQuery("""
                insert into subsidieregeling (id, gemeente, code, budgetsoort, ontvangersoort, naam, bedrag_centen,
                                              gearchiveerd, aangemaakt_op, gewijzigd_op, versie)
                values (:id, :gemeente, :code, :budgetsoort, :ontvangersoort, :naam, :bedrag, false, :aangemaaktOp,
                        :gewijzigdOp, 0)
                on conflict (gemeente, code) do nothing""")
                .setParameter("id", regeling.getId())
                .setParameter("gemeente", regeling.getGemeente().waarde())
                .setParameter("code", regeling.getCode().waarde())
                .setParameter("budgetsoort", regeling.getBudgetsoort().name())
                .setParameter("ontvangersoort", regeling.getOntvangersoort().map(Enum::name).orElse(null))
                .setParameter("naam", regeling.getNaam())
                .setParameter("bedrag", regeling.getBedrag().centen())
                .setParameter("aangemaaktOp", Tijdstippen.opMicroseconden(regeling.getAangemaaktOp()))
                .setParameter("gewijzigdOp", Tijdstippen.opMicroseconden(regeling.getGewijzigdOp()))
                .executeUpdate();
        if (ingevoegd == 0) {
            return false;
        }
        for (int i = 0; i < regeling.getUitgeslotenKosten().size(); i++) {
            UitgeslotenKosten uitgesloten = regeling.getUitgeslotenKosten().get(i);
            voegRijToe("subsidieregeling_uitgesloten_kosten (regeling_id, volgorde, kostensoort, omschrijving)",
                    regeling, i, uitgesloten.kostensoort().name(), uitgesloten.omschrijving());
        }
        for (int i = 0; i < regeling.getDoeltoets().criteria().size(); i++) {
            Doelcriterium criterium = regeling.getDoeltoets().criteria().get(i);
            voegRijToe("subsidieregeling_doelcriterium (regeling_id, volgorde, code, omschrijving)",
                    regeling, i, criterium.code(), criterium.omschrijving());
        }
        return true;
    }

    private void voegRijToe(String tabelEnKolommen, Subsidieregeling regeling, int volgorde, String sleutel,
                            String omschrijving) {
        entityManager().createNativeQuery("insert into " + tabelEnKolommen + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, regeling.getId())
                .setParameter(2, volgorde)
                .setParameter(3, sleutel)
                .setParameter(4, omschrijving)
                .executeUpdate();
    }

    @Override
    protected SubsidieregelingJpaEntity nieuweRij() {
        return new SubsidieregelingJpaEntity();
    }

    @Override
    protected UUID sleutel(Subsidieregeling aggregaat) {
        return aggregaat.getId();
    }

    @Override
    protected long versie(Subsidieregeling aggregaat) {
        return aggregaat.getVersie();
    }

    @Override
    protected long versieVan(SubsidieregelingJpaEntity rij) {
        return rij.versie;
    }
}
