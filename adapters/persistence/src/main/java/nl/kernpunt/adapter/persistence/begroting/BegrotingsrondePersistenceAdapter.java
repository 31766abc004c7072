package nl.kernpunt.adapter.persistence.begroting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Tijdstippen;
import nl.kernpunt.application.begroting.Begrotingscijfers;
import nl.kernpunt.application.begroting.port.in.Stemcijfers;
import nl.kernpunt.application.begroting.port.out.BegrotingsrondeRepository;
import nl.kernpunt.application.begroting.port.out.Begrotingstelling;
import nl.kernpunt.application.gedeeld.cijfers.Monitoringbereik;
import nl.kernpunt.application.gedeeld.fout.VersieVerouderd;
import nl.kernpunt.domain.begroting.Begrotingsidee;
import nl.kernpunt.domain.begroting.Begrotingsronde;
import nl.kernpunt.domain.begroting.BegrotingsrondeId;
import nl.kernpunt.domain.begroting.IdeeId;
import nl.kernpunt.domain.begroting.Ideestatus;
import nl.kernpunt.domain.begroting.Stemwijze;
import nl.kernpunt.domain.gedeeld.Periode;
import nl.kernpunt.domain.gemeente.Gemeentecode;
import nl.kernpunt.domain.kern.KernId;
import nl.kernpunt.domain.subsidie.Bedrag;
import org.hibernate.Session;

/**
 * Budget rounds on PostgreSQL, in plain SQL on the use case's own connection: the ballot is one
 * update of its code's row and the round's locks are {@code for share} / {@code for update}, which
 * entities do not express. Not transactional itself: the calling use case owns the transaction.
 */
@ApplicationScoped
class BegrotingsrondePersistenceAdapter implements BegrotingsrondeRepository, Begrotingstelling {

    private static final String RONDE = """
            select id, gemeente, kern_id, jaar, bedrag_centen, ideeen_van, ideeen_tot, stemmen_van, stemmen_tot,
                   stemwijze, geopend_op, gesloten_op, toegewezen_centen, versie
            from begrotingsronde where id = ?""";

    private final EntityManager entityManager;

    BegrotingsrondePersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Begrotingsronde> vind(BegrotingsrondeId id) {
        return leesRonde(RONDE, id);
    }

    @Override
    public Optional<Begrotingsronde> vergrendel(BegrotingsrondeId id, boolean exclusief) {
        return leesRonde(RONDE + (exclusief ? " for update" : " for share"), id);
    }

    private Optional<Begrotingsronde> leesRonde(String sql, BegrotingsrondeId id) {
        return metVerbinding(verbinding -> {
            try (PreparedStatement lees = verbinding.prepareStatement(sql)) {
                lees.setObject(1, id.waarde());
                try (ResultSet rij = lees.executeQuery()) {
                    return rij.next() ? Optional.of(ronde(rij)) : Optional.empty();
                }
            }
        });
    }

    private static Begrotingsronde ronde(ResultSet rij) throws SQLException {
        Long toegewezen = rij.getObject(13, Long.class);
        return Begrotingsronde.reconstitute(new BegrotingsrondeId(rij.getObject(1, UUID.class)),
                new Gemeentecode(rij.getString(2).trim()), new KernId(rij.getObject(3, UUID.class)), rij.getInt(4),
                new Bedrag(rij.getLong(5)),
                new Periode(rij.getObject(6, LocalDate.class), rij.getObject(7, LocalDate.class)),
                new Periode(rij.getObject(8, LocalDate.class), rij.getObject(9, LocalDate.class)),
                Stemwijze.valueOf(rij.getString(10)), moment(rij, 11), moment(rij, 12),
                toegewezen == null ? null : new Bedrag(toegewezen), rij.getLong(14));
    }

    @Override
    public Begrotingsronde voegToe(Begrotingsronde ronde) {
        metVerbinding(verbinding -> {
            try (PreparedStatement nieuw = verbinding.prepareStatement("""
                    insert into begrotingsronde (id, gemeente, kern_id, jaar, bedrag_centen, ideeen_van, ideeen_tot,
                        stemmen_van, stemmen_tot, stemwijze, geopend_op, versie)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
                nieuw.setObject(1, ronde.getId().waarde());
                nieuw.setString(2, ronde.getGemeente().waarde());
                nieuw.setObject(3, ronde.getKern().waarde());
                nieuw.setInt(4, ronde.getJaar());
                nieuw.setLong(5, ronde.getBedrag().centen());
                nieuw.setObject(6, ronde.getIdeeenperiode().van());
                nieuw.setObject(7, ronde.getIdeeenperiode().tot());
                nieuw.setObject(8, ronde.getStemperiode().van());
                nieuw.setObject(9, ronde.getStemperiode().tot());
                nieuw.setString(10, ronde.getStemwijze().name());
                nieuw.setObject(11, tijdstip(ronde.getGeopendOp()));
                return nieuw.executeUpdate();
            }
        });
        return vind(ronde.getId()).orElseThrow();
    }

    @Override
    public void bewaar(Begrotingsronde ronde) {
        int bijgewerkt = metVerbinding(verbinding -> {
            try (PreparedStatement wijzig = verbinding.prepareStatement("""
                    update begrotingsronde set gesloten_op = ?, toegewezen_centen = ?, versie = versie + 1
                    where id = ? and versie = ?""")) {
                wijzig.setObject(1, tijdstip(ronde.getGeslotenOp().orElse(null)));
                wijzig.setObject(2, ronde.getToegewezen().map(Bedrag::centen).orElse(null));
                wijzig.setObject(3, ronde.getId().waarde());
                wijzig.setLong(4, ronde.getVersie());
                return wijzig.executeUpdate();
            }
        });
        if (bijgewerkt == 0) {
            throw new VersieVerouderd("begrotingsronde", ronde.getId());
        }
    }

    /**
     * Takes a transaction-scoped advisory lock on the kern's year first, so two rounds opened at the
     * same moment are checked one after the other against what the other promised.
     */
    @Override
    public Bedrag beloofd(KernId kern, int jaar) {
        return metVerbinding(verbinding -> {
            try (PreparedStatement slot = verbinding.prepareStatement(
                    "select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                slot.setString(1, "begrotingsronde|" + kern.waarde() + "|" + jaar);
                slot.execute();
            }
            try (PreparedStatement som = verbinding.prepareStatement("""
                    select coalesce(sum(bedrag_centen), 0) from begrotingsronde
                    where kern_id = ? and jaar = ? and gesloten_op is null""")) {
                som.setObject(1, kern.waarde());
                som.setInt(2, jaar);
                try (ResultSet rij = som.executeQuery()) {
                    rij.next();
                    return new Bedrag(rij.getLong(1));
                }
            }
        });
    }

    @Override
    public void voegToe(Begrotingsidee idee) {
        metVerbinding(verbinding -> {
            try (PreparedStatement nieuw = verbinding.prepareStatement("""
                    insert into begrotingsidee (id, ronde_id, titel, omschrijving, kosten_centen, ingediend_op, status,
                        motivering)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                nieuw.setObject(1, idee.getId().waarde());
                nieuw.setObject(2, idee.getRonde().waarde());
                nieuw.setString(3, idee.getTitel());
                nieuw.setString(4, idee.getOmschrijving());
                nieuw.setLong(5, idee.getKosten().centen());
                nieuw.setObject(6, tijdstip(idee.getIngediendOp()));
                nieuw.setString(7, idee.getStatus().name());
                nieuw.setString(8, idee.getMotivering().orElse(null));
                return nieuw.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Begrotingsidee> vindIdee(BegrotingsrondeId ronde, IdeeId idee) {
        return ideeen(ronde).stream().filter(i -> i.getId().equals(idee)).findFirst();
    }

    /** Only a judgement of a still unjudged idea is written, so of two at once one wins and one is told. */
    @Override
    public void bewaarOordeel(Begrotingsidee idee) {
        int bijgewerkt = metVerbinding(verbinding -> {
            try (PreparedStatement wijzig = verbinding.prepareStatement("""
                    update begrotingsidee set status = ?, motivering = ?
                    where id = ? and status = 'INGEDIEND'""")) {
                wijzig.setString(1, idee.getStatus().name());
                wijzig.setString(2, idee.getMotivering().orElse(null));
                wijzig.setObject(3, idee.getId().waarde());
                return wijzig.executeUpdate();
            }
        });
        if (bijgewerkt == 0) {
            throw new VersieVerouderd("begrotingsidee", idee.getId());
        }
    }

    @Override
    public List<Begrotingsidee> ideeen(BegrotingsrondeId ronde) {
        return metVerbinding(verbinding -> {
            try (PreparedStatement lees = verbinding.prepareStatement("""
                    select id, titel, omschrijving, kosten_centen, ingediend_op, status, motivering
                    from begrotingsidee where ronde_id = ? order by ingediend_op, id""")) {
                lees.setObject(1, ronde.waarde());
                List<Begrotingsidee> ideeen = new ArrayList<>();
                try (ResultSet rij = lees.executeQuery()) {
                    while (rij.next()) {
                        ideeen.add(Begrotingsidee.reconstitute(new IdeeId(rij.getObject(1, UUID.class)), ronde,
                                rij.getString(2), rij.getString(3), new Bedrag(rij.getLong(4)), moment(rij, 5),
                                Ideestatus.valueOf(rij.getString(6)), rij.getString(7)));
                    }
                }
                return ideeen;
            }
        });
    }

    @Override
    public void voegStemcodesToe(BegrotingsrondeId ronde, List<String> hashes, Instant op) {
        metVerbinding(verbinding -> {
            try (PreparedStatement nieuw = verbinding.prepareStatement(
                    "insert into begrotingsstemcode (hash, ronde_id, uitgegeven_op) values (?, ?, ?)")) {
                for (String hash : hashes) {
                    nieuw.setString(1, hash);
                    nieuw.setObject(2, ronde.waarde());
                    nieuw.setObject(3, tijdstip(op));
                    nieuw.addBatch();
                }
                return nieuw.executeBatch().length;
            }
        });
    }

    @Override
    public Optional<BegrotingsrondeId> rondeVanStemcode(String hash) {
        return metVerbinding(verbinding -> {
            try (PreparedStatement lees = verbinding.prepareStatement(
                    "select ronde_id from begrotingsstemcode where hash = ?")) {
                lees.setString(1, hash);
                try (ResultSet rij = lees.executeQuery()) {
                    return rij.next() ? Optional.of(new BegrotingsrondeId(rij.getObject(1, UUID.class)))
                            : Optional.empty();
                }
            }
        });
    }

    @Override
    public void legStemVast(String hash, List<IdeeId> ideeen, Instant op) {
        metVerbinding(verbinding -> {
            try (PreparedStatement stem = verbinding.prepareStatement(
                    "update begrotingsstemcode set keuzes = ?, gestemd_op = ? where hash = ?")) {
                Array keuzes = verbinding.createArrayOf("uuid", ideeen.stream().map(IdeeId::waarde).toArray());
                stem.setArray(1, keuzes);
                stem.setObject(2, tijdstip(op));
                stem.setString(3, hash);
                return stem.executeUpdate();
            }
        });
    }

    @Override
    public Map<IdeeId, Long> stemmen(BegrotingsrondeId ronde) {
        return metVerbinding(verbinding -> {
            try (PreparedStatement tel = verbinding.prepareStatement("""
                    select keuze, count(*) from begrotingsstemcode, unnest(keuzes) as keuze
                    where ronde_id = ? group by keuze""")) {
                tel.setObject(1, ronde.waarde());
                Map<IdeeId, Long> stemmen = new HashMap<>();
                try (ResultSet rij = tel.executeQuery()) {
                    while (rij.next()) {
                        stemmen.put(new IdeeId(rij.getObject(1, UUID.class)), rij.getLong(2));
                    }
                }
                return stemmen;
            }
        });
    }

    @Override
    public Stemcijfers stemcijfers(BegrotingsrondeId ronde) {
        return metVerbinding(verbinding -> {
            try (PreparedStatement tel = verbinding.prepareStatement("""
                    select count(*), count(*) filter (where keuzes is not null)
                    from begrotingsstemcode where ronde_id = ?""")) {
                tel.setObject(1, ronde.waarde());
                try (ResultSet rij = tel.executeQuery()) {
                    rij.next();
                    return new Stemcijfers(rij.getLong(1), rij.getLong(2));
                }
            }
        });
    }

    /** Per kern, rounds opened in the period; each count is one aggregate over its own table. */
    @Override
    public List<Begrotingscijfers> tel(Monitoringbereik bereik) {
        return metVerbinding(verbinding -> {
            try (PreparedStatement tel = verbinding.prepareStatement("""
                    select r.kern_id, count(*),
                           coalesce(sum((select count(*) from begrotingsidee i where i.ronde_id = r.id)), 0),
                           coalesce(sum((select count(*) from begrotingsstemcode c where c.ronde_id = r.id)), 0),
                           coalesce(sum((select count(*) from begrotingsstemcode c
                                         where c.ronde_id = r.id and c.keuzes is not null)), 0),
                           coalesce(sum(r.toegewezen_centen), 0)
                    from begrotingsronde r
                    where r.gemeente = ? and (cast(? as uuid) is null or r.kern_id = ?)
                      and r.geopend_op >= ? and r.geopend_op < ?
                    group by r.kern_id order by r.kern_id""")) {
                UUID kern = bereik.kern().map(KernId::waarde).orElse(null);
                tel.setString(1, bereik.gemeente().waarde());
                tel.setObject(2, kern);
                tel.setObject(3, kern);
                tel.setObject(4, tijdstip(bereik.periode().begin()));
                tel.setObject(5, tijdstip(bereik.periode().einde()));
                List<Begrotingscijfers> cijfers = new ArrayList<>();
                try (ResultSet rij = tel.executeQuery()) {
                    while (rij.next()) {
                        cijfers.add(new Begrotingscijfers(new KernId(rij.getObject(1, UUID.class)), rij.getLong(2),
                                rij.getLong(3), rij.getLong(4), rij.getLong(5), new Bedrag(rij.getLong(6))));
                    }
                }
                return cijfers;
            }
        });
    }

    private static Instant moment(ResultSet rij, int kolom) throws SQLException {
        OffsetDateTime waarde = rij.getObject(kolom, OffsetDateTime.class);
        return waarde == null ? null : waarde.toInstant();
    }

    private static OffsetDateTime tijdstip(Instant moment) {
        return moment == null ? null : Tijdstippen.opMicroseconden(moment).atOffset(ZoneOffset.UTC);
    }

    private <T> T metVerbinding(Werk<T> werk) {
        return entityManager.unwrap(Session.class).doReturningWork(werk::met);
    }

    @FunctionalInterface
    private interface Werk<T> {
        T met(Connection verbinding) throws SQLException;
    }
}
