package nl.kernpunt.adapter.persistence.subsidie;

import io.quarkus.panache.common.Sort;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.AggregaatPersistenceAdapter;
import nl.kernpunt.adapter.persistence.gedeeld.Grootboek;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetCursor;
import nl.kernpunt.adapter.persistence.gedeeld.KeysetVolgorde;
import nl.kernpunt.adapter.persistence.gedeeld.Telling;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.application.gedeeld.paginering.Pagina;
import nl.kernpunt.application.gedeeld.paginering.PaginaVerzoek;
import nl.kernpunt.application.subsidie.SubsidieaanvraagFilter;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.subsidie.Subsidiecijfers;
import nl.kernpunt.application.subsidie.port.out.SubsidieRepository;
import nl.kernpunt.domain.gedeeld.RegelGeschonden;
import nl.kernpunt.domain.initiatief.InitiatiefId;
import nl.kernpunt.domain.subsidie.AanvraagId;
import nl.kernpunt.domain.subsidie.Bedrag;
import nl.kernpunt.domain.subsidie.Budgetpot;
import nl.kernpunt.domain.subsidie.Budgetsoort;
import nl.kernpunt.domain.subsidie.Ontvangersoort;
import nl.kernpunt.domain.subsidie.Regelingcode;
import nl.kernpunt.domain.subsidie.Regelingsoort;
import nl.kernpunt.domain.subsidie.Straatbijeenkomst;
import nl.kernpunt.domain.subsidie.Subsidieaanvraag;
import org.hibernate.Session;

/**
 * Applications and budget pots on PostgreSQL. The pots are plain SQL on the use case's own
 * connection, as their one write is a conditional update that no entity can express. Not
 * transactional itself: the calling use case owns the transaction.
 */
@Singleton
class SubsidiePersistenceAdapter extends AggregaatPersistenceAdapter<Subsidieaanvraag, SubsidieaanvraagJpaEntity, UUID>
        implements SubsidieRepository {

    private static final KeysetVolgorde<SubsidieaanvraagJpaEntity> OP_AANMAAK = new KeysetVolgorde<>(
            "subsidieaanvragen-op-aanmaak", "aangemaaktOp", rij -> rij.aangemaaktOp.toString(), positie -> positie.moment(0),
            rij -> rij.id);
    private static final KeysetVolgorde<SubsidieaanvraagJpaEntity> OP_WIJZIGING = KeysetVolgorde.opWijziging(
            "subsidieaanvragen", rij -> rij.gewijzigdOp, rij -> rij.id);

    SubsidiePersistenceAdapter(SubsidieaanvraagPanacheRepository aanvragen, SubsidieaanvraagEntityMapper mapper) {
        super("subsidieaanvraag", aanvragen, mapper);
    }

    @Override
    public Optional<Subsidieaanvraag> vind(AanvraagId id) {
        return vindOp(id.waarde());
    }

    @Override
    public List<Subsidieaanvraag> vanInitiatief(InitiatiefId initiatief) {
        // list, not stream: a stream outlives its result set when the caller runs without a transaction
        return rijen().list("initiatiefId", Sort.by("aangemaaktOp").and("id"), initiatief.waarde()).stream()
                .map(this::naarDomein).toList();
    }

    @Override
    public Pagina<Subsidieaanvraag> zoek(SubsidieaanvraagFilter filter, PaginaVerzoek verzoek) {
        KeysetVolgorde<SubsidieaanvraagJpaEntity> volgorde = KeysetVolgorde.kies(filter.gewijzigdSinds(), OP_WIJZIGING, OP_AANMAAK);
        KeysetCursor cursor = KeysetCursor.voor(volgorde.code(), filter.gemeente(), filter.initiatief(),
                filter.gewijzigdSinds());
        Voorwaarden voorwaarden = new Voorwaarden().en("gemeente = :gemeente").met("gemeente", filter.gemeente().waarde())
                .gewijzigdSinds(filter.gewijzigdSinds());
        if (filter.initiatief() != null) {
            voorwaarden.en("initiatiefId = :initiatief").met("initiatief", filter.initiatief().waarde());
        }
        return pagina(SubsidieaanvraagJpaEntity.class, voorwaarden, volgorde, cursor, verzoek);
    }

    /**
     * Creates the pot's row if it is the first grant, then adds the amount with one conditional
     * update. A concurrent grant on the same row waits for this transaction and then re-checks the
     * condition against the committed total, so no interleaving passes the cap.
     */
    @Override
    public void reserveer(Budgetpot pot, Bedrag bedrag) {
        int bijgewerkt = metVerbinding(verbinding -> {
            try (PreparedStatement nieuw = verbinding.prepareStatement(
                    "insert into subsidiepot (gemeente, regeling, jaar, kern_id, ontvanger) values (?, ?, ?, "
                            + (pot.kern() == null ? "null" : "?") + ", " + (pot.ontvanger() == null ? "null" : "?")
                            + ") on conflict on constraint subsidiepot_uniek do nothing")) {
                zetPot(nieuw, 1, pot);
                nieuw.executeUpdate();
            }
            String binnenPlafond = pot.getPlafond().isPresent() ? " and toegekend_centen + ? <= ?" : "";
            try (PreparedStatement bijtellen = verbinding.prepareStatement(
                    "update subsidiepot set toegekend_centen = toegekend_centen + ? where " + potVoorwaarde(pot)
                            + binnenPlafond)) {
                bijtellen.setLong(1, bedrag.centen());
                int volgende = zetPot(bijtellen, 2, pot);
                if (pot.getPlafond().isPresent()) {
                    bijtellen.setLong(volgende, bedrag.centen());
                    bijtellen.setLong(volgende + 1, pot.plafond().centen());
                }
                return bijtellen.executeUpdate();
            }
        });
        if (bijgewerkt == 0) {
            throw new RegelGeschonden("plafond-overschreden", "het plafond van " + pot.plafond() + " voor "
                    + pot.regeling() + " in " + pot.jaar() + " laat nog " + pot.plafond().rest(toegekend(pot))
                    + " toe, niet " + bedrag);
        }
    }

    @Override
    public Bedrag toegekend(Budgetpot pot) {
        return metVerbinding(verbinding -> {
            try (PreparedStatement lees = verbinding.prepareStatement(
                    "select toegekend_centen from subsidiepot where " + potVoorwaarde(pot))) {
                zetPot(lees, 1, pot);
                try (ResultSet rij = lees.executeQuery()) {
                    return rij.next() ? new Bedrag(rij.getLong(1)) : Bedrag.NUL;
                }
            }
        });
    }

    /**
     * A transaction-scoped advisory lock on the kern's street (and year) serialises two grants for
     * it: the second waits until the first committed, and then sees it.
     */
    @Override
    public List<Straatbijeenkomst> toegekendeBijeenkomsten(Subsidieaanvraag aanvraag) {
        if (aanvraag.getBijeenkomst().isEmpty()) {
            return List.of();
        }
        String straat = aanvraag.getBijeenkomst().orElseThrow().straatOfBuurt().toLowerCase();
        return metVerbinding(verbinding -> {
            try (PreparedStatement slot = verbinding.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                slot.setString(1, "straatbijeenkomst|" + aanvraag.getKern().waarde() + "|" + aanvraag.getJaar()
                        + "|" + straat);
                slot.execute();
            }
            try (PreparedStatement zoek = verbinding.prepareStatement("""
                    select bijeenkomst_straat, bijeenkomst_activiteit, bijeenkomst_doelgroep, bijeenkomst_datum,
                           bijeenkomst_open
                    from subsidieaanvraag
                    where gemeente = ? and jaar = ? and regeling = 'straatbijeenkomst'
                      and status in ('TOEGEKEND', 'UITBETAALD') and id <> ?
                      and lower(bijeenkomst_straat) = ? and kern_id = ?""")) {
                zoek.setString(1, aanvraag.getGemeente().waarde());
                zoek.setInt(2, aanvraag.getJaar());
                zoek.setObject(3, aanvraag.getId().waarde());
                zoek.setString(4, straat);
                zoek.setObject(5, aanvraag.getKern().waarde());
                List<Straatbijeenkomst> gevonden = new ArrayList<>();
                try (ResultSet rij = zoek.executeQuery()) {
                    while (rij.next()) {
                        gevonden.add(new Straatbijeenkomst(rij.getString(1), rij.getString(2), rij.getString(3),
                                rij.getObject(4, LocalDate.class), rij.getBoolean(5)));
                    }
                }
                return gevonden;
            }
        });
    }

    /**
     * Sums per scheme, per budget year as the ledger does: the grants of the budget years the period
     * touches, and of those the paid ones, from monitoring's rollup (docs/adr/0030; its budget years
     * are 1 January rows, its scheme the scheme's text); the available budget adds up the kernen's
     * caps in scope (a kern's own leefbaarheidsbudget where it has one) times those years.
     */
    @Override
    public List<Subsidiecijfers> tel(Monitoringbereik bereik) {
        UUID kern = bereik.kern().map(k -> k.waarde()).orElse(null);
        int vanJaar = bereik.periode().van().getYear();
        int totJaar = bereik.periode().tot().minusDays(1).getYear();
        long jaren = totJaar - vanJaar + 1L;
        Kernbudgetten kernen = metVerbinding(verbinding -> {
            try (PreparedStatement tel = verbinding.prepareStatement(
                    "select count(*), count(eigen_leefbaarheidsbudget_centen), coalesce(sum(eigen_leefbaarheidsbudget_centen), 0),"
                            + " coalesce(sum((select count(*) from kern_dorpsbelangenorganisatie d"
                            + " where d.kern_id = kern.id)), 0),"
                            + " count(*) filter (where exists (select 1 from kern_communicatiekanaal c"
                            + " where c.kern_id = kern.id and c.type = 'SIGNALERINGSGROEP'))"
                            + " from kern where gemeente = ? and " + (kern == null ? "not gearchiveerd" : "id = ?"))) {
                tel.setString(1, bereik.gemeente().waarde());
                if (kern != null) {
                    tel.setObject(2, kern);
                }
                try (ResultSet rij = tel.executeQuery()) {
                    rij.next();
                    return new Kernbudgetten(rij.getLong(1), rij.getLong(2), new Bedrag(rij.getLong(3)),
                            rij.getLong(4), rij.getLong(5));
                }
            }
        });
        Grootboek toekenningen = Grootboek.over("subsidie", bereik, LocalDate.of(vanJaar, 1, 1),
                LocalDate.of(totJaar + 1, 1, 1));
        @SuppressWarnings("unchecked")
        List<Object[]> rijen = toekenningen.bind(entityManager().createNativeQuery("""
                select r.code, r.budgetsoort, r.ontvangersoort, r.bedrag_centen, coalesce(sum(g.centen), 0),
                       coalesce(sum(g.centen) filter (where g.detail = 'UITBETAALD'), 0)
                from subsidieregeling r
                left join (%s) g on g.soort = r.code
                where r.gemeente = :gemeente
                group by r.code, r.budgetsoort, r.ontvangersoort, r.bedrag_centen""".formatted(toekenningen.bron()),
                Object[].class)).getResultList();
        List<Subsidiecijfers> cijfers = new ArrayList<>();
        for (Object[] rij : rijen) {
            Regelingcode code = new Regelingcode((String) rij[0]);
            Budgetsoort budgetsoort = Budgetsoort.valueOf((String) rij[1]);
            Optional<Ontvangersoort> ontvangers = Optional.ofNullable((String) rij[2]).map(Ontvangersoort::valueOf);
            Bedrag plafond = new Bedrag(Telling.aantal(rij[3]));
            cijfers.add(new Subsidiecijfers(code, beschikbaar(code, budgetsoort, ontvangers, plafond, kernen, jaren,
                    kern != null), new Bedrag(Telling.aantal(rij[4])), new Bedrag(Telling.aantal(rij[5]))));
        }
        cijfers.sort(Comparator.comparing(Subsidiecijfers::regeling, Regelingcode.VOLGORDE));
        return cijfers;
    }

    /**
     * The kernen in scope, those with their own leefbaarheidsbudget (maatwerk, ADR 28) and what those
     * add up to, the dorpsbelangenorganisaties of their registers (each its own recipient) and the
     * kernen whose register has a signaleringsgroep: the recipients of a per-recipient allowance
     * (docs/adr/0029).
     */
    private record Kernbudgetten(long aantal, long metEigenBudget, Bedrag eigenBudgetten, long dorpsbelangenorganisaties,
                                 long metSignaleringsgroep) {

        /** A year's caps of the kernen: their own amount where they have one, the scheme's for the rest (Instellingen#budgetpot). */
        Bedrag perJaar(Regelingcode code, Bedrag plafond) {
            return code.equals(Regelingsoort.LEEFBAARHEIDSBUDGET.code())
                    ? plafond.maal(aantal - metEigenBudget).plus(eigenBudgetten)
                    : plafond.maal(aantal);
        }

        /** A year's allowances: one per recipient in scope, the same rule as Subsidieregeling#pot. */
        Optional<Bedrag> perOntvanger(Ontvangersoort soort, Bedrag plafond, boolean eenKern) {
            return switch (soort) {
                case DORPSBELANGENORGANISATIE -> Optional.of(plafond.maal(dorpsbelangenorganisaties));
                case SIGNALERINGSGROEP -> Optional.of(plafond.maal(metSignaleringsgroep));
                case VRIJWILLIGERSCOORDINATOR -> eenKern ? Optional.empty() : Optional.of(plafond);
            };
        }
    }

    private static Optional<Bedrag> beschikbaar(Regelingcode code, Budgetsoort budgetsoort, Optional<Ontvangersoort> ontvangers,
                                                Bedrag plafond, Kernbudgetten kernen, long jaren, boolean eenKern) {
        return switch (budgetsoort) {
            case PER_KERN_PER_JAAR -> Optional.of(kernen.perJaar(code, plafond).maal(jaren));
            case PER_ONTVANGER_PER_JAAR -> kernen.perOntvanger(ontvangers.orElseThrow(), plafond, eenKern)
                    .map(perJaar -> perJaar.maal(jaren));
            case PER_GEMEENTE_PER_JAAR -> eenKern ? Optional.empty() : Optional.of(plafond.maal(jaren));
            case VAST_BEDRAG -> Optional.empty();
        };
    }

    private static String potVoorwaarde(Budgetpot pot) {
        return "gemeente = ? and regeling = ? and jaar = ? and kern_id " + (pot.kern() == null ? "is null" : "= ?")
                + " and ontvanger " + (pot.ontvanger() == null ? "is null" : "= ?");
    }

    /** Binds the pot's key from {@code index} on, in the order of {@link #potVoorwaarde}; returns the next index. */
    private static int zetPot(PreparedStatement opdracht, int index, Budgetpot pot) throws SQLException {
        opdracht.setString(index, pot.gemeente().waarde());
        opdracht.setString(index + 1, pot.regeling().waarde());
        opdracht.setInt(index + 2, pot.jaar());
        int volgende = index + 3;
        if (pot.kern() != null) {
            opdracht.setObject(volgende++, pot.kern().waarde(), Types.OTHER);
        }
        if (pot.ontvanger() != null) {
            opdracht.setString(volgende++, pot.ontvanger());
        }
        return volgende;
    }

    private <T> T metVerbinding(Werk<T> werk) {
        return entityManager().unwrap(Session.class).doReturningWork(werk::met);
    }

    @FunctionalInterface
    private interface Werk<T> {
        T met(Connection verbinding) throws SQLException;
    }

    @Override
    protected SubsidieaanvraagJpaEntity nieuweRij() {
        return new SubsidieaanvraagJpaEntity();
    }

    @Override
    protected UUID sleutel(Subsidieaanvraag aggregaat) {
        return aggregaat.getId().waarde();
    }

    @Override
    protected long versie(Subsidieaanvraag aggregaat) {
        return aggregaat.getVersie();
    }

    @Override
    protected long versieVan(SubsidieaanvraagJpaEntity rij) {
        return rij.versie;
    }
}
