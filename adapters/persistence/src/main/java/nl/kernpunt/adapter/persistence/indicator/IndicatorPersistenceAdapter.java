package nl.kernpunt.adapter.persistence.indicator;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.AggregaatPersistenceAdapter;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.adapter.persistence.gedeeld.Wegschrijven;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.indicator.IndicatorFilter;
import nl.kernpunt.application.indicator.Leefbaarometerstand;
import nl.kernpunt.application.indicator.port.out.IndicatorRepository;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.indicator.Indicator;
import nl.kernpunt.domain.indicator.IndicatorId;

/** The indicatoren port on PostgreSQL. Not transactional itself: the calling use case owns the transaction. */
@Singleton
class IndicatorPersistenceAdapter extends AggregaatPersistenceAdapter<Indicator, IndicatorJpaEntity, UUID>
        implements IndicatorRepository {

    private static final KeysetVolgorde<IndicatorJpaEntity> OP_NAAM = new KeysetVolgorde<>("indicatoren-op-naam",
            "naam", rij -> rij.naam, positie -> positie.tekst(0), rij -> rij.id);
    private static final KeysetVolgorde<IndicatorJpaEntity> OP_WIJZIGING = KeysetVolgorde.opWijziging("indicatoren",
            rij -> rij.gewijzigdOp, rij -> rij.id);

    IndicatorPersistenceAdapter(IndicatorPanacheRepository indicatoren, IndicatorEntityMapper mapper) {
        super("indicator", indicatoren, mapper);
    }

    @Override
    public Optional<Indicator> vind(IndicatorId id) {
        return vindOp(id.waarde());
    }

    @Override
    public Pagina<Indicator> zoek(IndicatorFilter filter, PaginaVerzoek verzoek) {
        KeysetVolgorde<IndicatorJpaEntity> volgorde = KeysetVolgorde.kies(filter.gewijzigdSinds(), OP_WIJZIGING, OP_NAAM);
        KeysetCursor cursor = KeysetCursor.voor(volgorde.code(), filter.gemeente(), filter.kern(), filter.bron(),
                filter.gewijzigdSinds());
        Voorwaarden voorwaarden = new Voorwaarden().en("gemeente = :gemeente").met("gemeente", filter.gemeente().waarde());
        if (filter.kern() != null) {
            voorwaarden.en("kernId = :kern").met("kern", filter.kern().waarde());
        }
        if (filter.bron() != null) {
            voorwaarden.en("lower(bron) = lower(:bron)").met("bron", filter.bron());
        }
        voorwaarden.gewijzigdSinds(filter.gewijzigdSinds());
        return pagina(IndicatorJpaEntity.class, voorwaarden, volgorde, cursor, verzoek);
    }

    @Override
    public List<Indicator> inBereik(Monitoringbereik bereik) {
        Voorwaarden voorwaarden = new Voorwaarden().en("gemeente = :gemeente").met("gemeente", bereik.gemeente().waarde());
        bereik.kern().ifPresentOrElse(
                kern -> voorwaarden.en("kernId is null or kernId = :kern").met("kern", kern.waarde()),
                () -> voorwaarden.en("kernId is null"));
        return voorwaarden.query(entityManager(), IndicatorJpaEntity.class, OP_NAAM.sortering())
                .getResultList().stream().map(this::naarDomein).toList();
    }

    @Override
    public List<Indicator> leefbaarometers(Monitoringbereik bereik) {
        Voorwaarden voorwaarden = new Voorwaarden().en("gemeente = :gemeente").met("gemeente", bereik.gemeente().waarde())
                .en("kernId is not null")
                .en("lower(bron) like :bron").met("bron", "%" + Leefbaarometerstand.BRON + "%");
        bereik.kern().ifPresent(kern -> voorwaarden.en("kernId = :kern").met("kern", kern.waarde()));
        return voorwaarden.query(entityManager(), IndicatorJpaEntity.class, OP_NAAM.sortering())
                .getResultList().stream().map(this::naarDomein).toList();
    }

    @Override
    protected List<Wegschrijven.UniekeIndex> uniekeIndexen(Indicator indicator) {
        return List.of(new Wegschrijven.UniekeIndex("indicator_naam_uniek_per_gemeente", () -> new RegelGeschonden(
                "indicator-bestaat-al", "gemeente " + indicator.getGemeente() + " heeft al een indicator "
                        + indicator.getGegevens().naam())));
    }

    @Override
    protected IndicatorJpaEntity nieuweRij() {
        return new IndicatorJpaEntity();
    }

    @Override
    protected UUID sleutel(Indicator aggregaat) {
        return aggregaat.getId().waarde();
    }

    @Override
    protected long versie(Indicator aggregaat) {
        return aggregaat.getVersie();
    }

    @Override
    protected long versieVan(IndicatorJpaEntity rij) {
        return rij.versie;
    }
}
