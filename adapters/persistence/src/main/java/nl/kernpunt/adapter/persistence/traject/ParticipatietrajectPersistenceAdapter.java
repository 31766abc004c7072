package nl.kernpunt.adapter.persistence.traject;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.AggregaatPersistenceAdapter;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.adapter.persistence.gedeeld.Telling;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.gemeente.Stiltegrenzen;
import nl.kernpunt.application.traject.Rapportcijfers;
import nl.kernpunt.application.traject.TrajectFilter;
import nl.kernpunt.application.traject.Trajectcijfers;
import nl.kernpunt.application.traject.port.out.ParticipatietrajectRepository;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.traject.Participatieniveau;
import nl.kernpunt.domain.traject.Participatietraject;
import nl.kernpunt.domain.traject.Stap;
import nl.kernpunt.domain.traject.TrajectId;

/** The traject port on PostgreSQL. Not transactional itself: the calling use case owns the transaction. */
@Singleton
class ParticipatietrajectPersistenceAdapter extends AggregaatPersistenceAdapter<Participatietraject, ParticipatietrajectJpaEntity, UUID> implements ParticipatietrajectRepository {

    /** The column (as HQL attribute) whose null-ness says a step is still open. */
    private static final Map<Stap, String> VASTGELEGD_OP = Map.of(
            Stap.AFWEGING, "afwegingOp",
            Stap.BETROKKENEN, "betrokkenenOp",
            Stap.NIVEAU, "niveaubepalingOp",
            Stap.COMMUNICATIEPLAN, "communicatieplanOp",
            Stap.MIDDELEN, "middelenOp",
            Stap.EVALUATIE, "evaluatieOp");

    ParticipatietrajectPersistenceAdapter(ParticipatietrajectPanacheRepository trajecten,
                                          ParticipatietrajectEntityMapper mapper) {
        super("participatietraject", trajecten, mapper);
    }

    @Override
    public Optional<Participatietraject> vind(TrajectId id) {
        return vindOp(id.waarde());
    }

    @Override
    public Pagina<Participatietraject> zoek(TrajectFilter filter, PaginaVerzoek verzoek) {
        KeysetVolgorde<ParticipatietrajectJpaEntity> volgorde = TrajectVolgorde.voor(filter);
        KeysetCursor cursor = KeysetCursor.voor(volgorde.code(), filter.gemeente(), filter.kern(), filter.niveau(),
                filter.fase(), filter.eigenaar(), filter.openStap(), filter.gewijzigdSinds(), filter.stil());
        Voorwaarden voorwaarden = voorwaarden(filter);
        return pagina(ParticipatietrajectJpaEntity.class, voorwaarden, volgorde, cursor, verzoek);
    }

    private static Voorwaarden voorwaarden(TrajectFilter filter) {
        Voorwaarden voorwaarden = new Voorwaarden();
        if (filter.gemeente() != null) {
            voorwaarden.en("gemeente = :gemeente").met("gemeente", filter.gemeente().waarde());
        }
        if (filter.kern() != null) {
            voorwaarden.en(":kern member of kernen").met("kern", filter.kern().waarde());
        }
        if (filter.niveau() != null) {
            voorwaarden.en("niveau = :niveau").met("niveau", filter.niveau());
        }
        if (filter.fase() != null) {
            voorwaarden.en("fase = :fase").met("fase", filter.fase());
        }
        if (filter.eigenaar() != null) {
            voorwaarden.en("lower(eigenaarNaam) = lower(:eigenaar)").met("eigenaar", filter.eigenaar());
        }
        if (filter.openStap() != null) {
            voorwaarden.en(VASTGELEGD_OP.get(filter.openStap()) + " is null");
        }
        voorwaarden.gewijzigdSinds(filter.gewijzigdSinds());
        if (filter.stil() != null) {
            // stilSinds is only set while participation runs
            String stil = voorStilte(filter.stilGrenzen(), voorwaarden);
            voorwaarden.en(filter.stil() ? stil : "stilSinds is null or not (" + stil + ")");
        }
        return voorwaarden;
    }

    /** Summed in SQL over the marks in the evaluation step (JSON), by when the evaluation was recorded. */
    @Override
    public Rapportcijfers telRapportcijfers(Monitoringbereik bereik) {
        Object[] rij = Telling.van("""
                        select count(*), coalesce(sum(cast(t.evaluatie ->> 'rapportcijfer' as numeric)), 0)
                        from participatietraject t""", "t.gemeente",
                        "t.gemeentebreed or exists (select 1 from participatietraject_kern k "
                                + "where k.traject_id = t.id and k.kern_id = :kern)", bereik)
                .en("t.evaluatie ->> 'rapportcijfer' is not null")
                .en("t.evaluatie_op >= :begin", "begin", bereik.periode().begin())
                .en("t.evaluatie_op < :einde", "einde", bereik.periode().einde())
                .rij(entityManager());
        return new Rapportcijfers(Telling.aantal(rij[0]), (BigDecimal) rij[1]);
    }

    /**
     * A traject about exactly one kern with its own threshold is silent before that kern's bound (one
     * branch per such kern, a few at most); every other traject before the gemeente's.
     */
    private static String voorStilte(Stiltegrenzen grenzen, Voorwaarden voorwaarden) {
        voorwaarden.met("stilGrens", grenzen.standaard());
        if (grenzen.eigen().isEmpty()) {
            return "stilSinds < :stilGrens";
        }
        List<String> takken = new ArrayList<>();
        List<String> eenEigenKern = new ArrayList<>();
        int i = 0;
        for (Map.Entry<KernId, Instant> eigen : grenzen.eigen().entrySet()) {
            String eenKern = "(size(kernen) = 1 and :stilKern" + i + " member of kernen)";
            takken.add("(" + eenKern + " and stilSinds < :stilGrens" + i + ")");
            eenEigenKern.add(eenKern);
            voorwaarden.met("stilKern" + i, eigen.getKey().waarde()).met("stilGrens" + i, eigen.getValue());
            i++;
        }
        takken.add("(not (" + String.join(" or ", eenEigenKern) + ") and stilSinds < :stilGrens)");
        return String.join(" or ", takken);
    }

    /**
     * Grouped by level: at most six rows. A traject ran in the period when it began before the
     * period ended (without a start date, the Dutch day it was created) and did not end before it
     * began; with a kern, when it names the kern or is gemeentebreed.
     */
    @Override
    public Trajectcijfers tel(Monitoringbereik bereik) {
        List<Object[]> groepen = Telling.van("""
                        select t.niveau, count(*),
                               count(*) filter (where t.evaluatie ->> 'terugkoppeling' is not null),
                               count(*) filter (where t.evaluatie ->> 'doelenBehaald' is not null)
                        from participatietraject t""", "t.gemeente",
                        "t.gemeentebreed or exists (select 1 from participatietraject_kern k "
                                + "where k.traject_id = t.id and k.kern_id = :kern)", bereik)
                .en("coalesce(t.start_datum, cast(t.aangemaakt_op at time zone 'Europe/Amsterdam' as date)) < :tot",
                        "tot", bereik.periode().tot())
                .en("t.eind_datum is null or t.eind_datum >= :van", "van", bereik.periode().van())
                .rijen(entityManager(), "group by t.niveau");
        Map<Participatieniveau, Long> perNiveau = new EnumMap<>(Participatieniveau.class);
        long totaal = 0;
        long zonderNiveau = 0;
        long metTerugkoppeling = 0;
        long geevalueerd = 0;
        for (Object[] groep : groepen) {
            long aantal = Telling.aantal(groep[1]);
            totaal += aantal;
            if (groep[0] == null) {
                zonderNiveau = aantal;
            } else {
                perNiveau.put(Participatieniveau.valueOf((String) groep[0]), aantal);
            }
            metTerugkoppeling += Telling.aantal(groep[2]);
            geevalueerd += Telling.aantal(groep[3]);
        }
        return new Trajectcijfers(totaal, perNiveau, zonderNiveau, metTerugkoppeling, geevalueerd);
    }

    @Override
    protected ParticipatietrajectJpaEntity nieuweRij() {
        return new ParticipatietrajectJpaEntity();
    }

    @Override
    protected UUID sleutel(Participatietraject aggregaat) {
        return aggregaat.getId().waarde();
    }

    @Override
    protected long versie(Participatietraject aggregaat) {
        return aggregaat.getVersie();
    }

    @Override
    protected long versieVan(ParticipatietrajectJpaEntity rij) {
        return rij.versie;
    }
}
