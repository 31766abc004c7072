package nl.kernpunt.adapter.persistence.initiatief;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kernpunt.adapter.persistence.gedeeld.Voorwaarden;
import nl.kernpunt.domain.initiatief.AfspraakStatus;
import nl.kernpunt.domain.initiatief.InitiatiefStatus;
import nl.kernpunt.domain.initiatief.Kanaal;
import nl.kernpunt.domain.initiatief.Ondersteuning;
import nl.kernpunt.domain.initiatief.Partij;
import nl.kernpunt.domain.initiatief.Rol;
import nl.kernpunt.domain.initiatief.Stap;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SharedSessionContractImplementor;

/**
 * Reads a page of initiatives without Hibernate's entity machinery (docs/adr/0037): the rows by an
 * HQL projection of the list's own conditions, their seven lists by one plain statement per table
 * for all of the page's ids, sent together in one round trip, into unmanaged rows that
 * {@link InitiatiefEntityMapper} turns into aggregates as it does managed ones. Nothing enters the
 * persistence context, so nothing is snapshotted, detached or compared at the commit. The statements go through Hibernate's statement
 * preparer, so its statistics count them like any other.
 */
final class Initiatieflezer {

    /** The row's columns, in the order {@link #rij} reads them. */
    private static final String KOLOMMEN = "select id, gemeente, aangemaaktOp, gewijzigdOp, versie, kernId, referentie,"
            + " titel, omschrijving, georganiseerd, structureel, rightToChallenge, uitdagingAanvaard, uitdagingReden,"
            + " uitdagingBeslotenOp, uitdagingBeslotenDoor, contactpersoonNaam, contactpersoonEmail,"
            + " contactpersoonTelefoon, status, rol, laatsteContactOp, spamOp from InitiatiefJpaEntity";

    private Initiatieflezer() {
    }

    /** At most {@code max} unmanaged rows meeting the conditions, in the order, their lists still empty. */
    static List<InitiatiefJpaEntity> rijen(EntityManager entityManager, Voorwaarden voorwaarden, String volgorde,
                                           int max) {
        return voorwaarden.query(entityManager, KOLOMMEN, Object[].class, volgorde).setMaxResults(max)
                .getResultList().stream().map(Initiatieflezer::rij).toList();
    }

    /**
     * The seven lists, each a statement of its own table for all of a page's ids in the list's order,
     * and how a row of it joins its initiative's row; sent as one multi-statement (docs/adr/0037).
     */
    private static final List<Lijst> LIJSTEN = List.of(
            new Lijst("select initiatief_id, ondersteuning from initiatief_ondersteuning where initiatief_id = any(?)",
                    (rs, rij) -> rij.ondersteuning.add(Ondersteuning.valueOf(rs.getString(2)))),
            new Lijst("select initiatief_id, naam, email, telefoon from initiatief_betrokkene"
                    + " where initiatief_id = any(?) order by initiatief_id, volgorde",
                    (rs, rij) -> rij.betrokkenen.add(new BetrokkeneJpaEmbeddable(rs.getString(2), rs.getString(3),
                            rs.getString(4)))),
            new Lijst("select initiatief_id, van, naar, op, door, reden from initiatief_statusovergang"
                    + " where initiatief_id = any(?) order by initiatief_id, volgorde",
                    (rs, rij) -> rij.statushistorie.add(new StatusovergangJpaEmbeddable(
                            waarde(InitiatiefStatus.class, rs.getString(2)), InitiatiefStatus.valueOf(rs.getString(3)),
                            moment(rs, 4), rs.getString(5), rs.getString(6)))),
            new Lijst("select initiatief_id, rol, fase, reden, op, door from initiatief_rolbepaling"
                    + " where initiatief_id = any(?) order by initiatief_id, volgorde",
                    (rs, rij) -> rij.rolhistorie.add(new RolbepalingJpaEmbeddable(waarde(Rol.class, rs.getString(2)),
                            waarde(InitiatiefStatus.class, rs.getString(3)), rs.getString(4), moment(rs, 5),
                            rs.getString(6)))),
            new Lijst("select initiatief_id, op, kanaal, samenvatting, door from initiatief_contactmoment"
                    + " where initiatief_id = any(?) order by initiatief_id, volgorde",
                    (rs, rij) -> rij.contactmomenten.add(new ContactmomentJpaEmbeddable(moment(rs, 2),
                            waarde(Kanaal.class, rs.getString(3)), rs.getString(4), rs.getString(5)))),
            new Lijst("select initiatief_id, id, wat, door, verantwoordelijke, deadline, status, reden"
                    + " from initiatief_afspraak where initiatief_id = any(?) order by initiatief_id, volgorde",
                    (rs, rij) -> rij.afspraken.add(new AfspraakJpaEmbeddable(rs.getObject(2, UUID.class),
                            rs.getString(3), waarde(Partij.class, rs.getString(4)), rs.getString(5),
                            rs.getObject(6, LocalDate.class), waarde(AfspraakStatus.class, rs.getString(7)),
                            rs.getString(8)))),
            new Lijst("select initiatief_id, stap, uitkomst, datum, vastgelegd_door from initiatief_stap"
                    + " where initiatief_id = any(?) order by initiatief_id, volgorde",
                    (rs, rij) -> rij.stappen.add(new StapuitkomstJpaEmbeddable(waarde(Stap.class, rs.getString(2)),
                            rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5)))));

    /**
     * The seven statements as one: PostgreSQL's driver sends a prepared multi-statement's parts with
     * one sync, so the database answers all seven in one round trip, each with its own result.
     */
    private static final String LIJSTEN_SQL = String.join(";\n", LIJSTEN.stream().map(Lijst::sql).toList());

    /** Fills the seven lists of these unmanaged rows: one round trip for all of them. */
    static List<InitiatiefJpaEntity> metLijsten(EntityManager entityManager, List<InitiatiefJpaEntity> rijen) {
        if (rijen.isEmpty()) {
            return rijen;
        }
        Map<UUID, InitiatiefJpaEntity> perId = new HashMap<>();
        rijen.forEach(rij -> perId.put(rij.id, rij));
        UUID[] ids = perId.keySet().toArray(UUID[]::new);
        lees(entityManager.unwrap(SharedSessionContractImplementor.class), ids, perId);
        return rijen;
    }

    private static InitiatiefJpaEntity rij(Object[] kolommen) {
        InitiatiefJpaEntity rij = new InitiatiefJpaEntity();
        rij.id = (UUID) kolommen[0];
        rij.gemeente = (String) kolommen[1];
        rij.aangemaaktOp = (Instant) kolommen[2];
        rij.gewijzigdOp = (Instant) kolommen[3];
        rij.versie = (Long) kolommen[4];
        rij.kernId = (UUID) kolommen[5];
        rij.referentie = (String) kolommen[6];
        rij.titel = (String) kolommen[7];
        rij.omschrijving = (String) kolommen[8];
        rij.georganiseerd = (Boolean) kolommen[9];
        rij.structureel = (Boolean) kolommen[10];
        rij.rightToChallenge = (Boolean) kolommen[11];
        rij.uitdagingAanvaard = (Boolean) kolommen[12];
        rij.uitdagingReden = (String) kolommen[13];
        rij.uitdagingBeslotenOp = (Instant) kolommen[14];
        rij.uitdagingBeslotenDoor = (String) kolommen[15];
        rij.contactpersoonNaam = (String) kolommen[16];
        rij.contactpersoonEmail = (String) kolommen[17];
        rij.contactpersoonTelefoon = (String) kolommen[18];
        rij.status = (InitiatiefStatus) kolommen[19];
        rij.rol = (Rol) kolommen[20];
        rij.laatsteContactOp = (Instant) kolommen[21];
        rij.spamOp = (Instant) kolommen[22];
        return rij;
    }

    /** One row of a list table, added to its initiative's row. */
    private interface Regel {
        void lees(ResultSet rs, InitiatiefJpaEntity rij) throws SQLException;
    }

    /** A list's statement, whose first column is the initiative's id, and what its rows add. */
    private record Lijst(String sql, Regel regel) {
    }

    /**
     * Runs {@link #LIJSTEN_SQL} through Hibernate's statement preparer, so its statistics count it, in
     * the request's transaction; its results come in {@link #LIJSTEN}' order.
     */
    private static void lees(SharedSessionContractImplementor sessie, UUID[] ids, Map<UUID, InitiatiefJpaEntity> perId) {
        JdbcCoordinator jdbc = sessie.getJdbcCoordinator();
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(LIJSTEN_SQL);
        try {
            for (int i = 1; i <= LIJSTEN.size(); i++) {
                statement.setObject(i, ids);
            }
            boolean resultaat = statement.execute();
            for (Lijst lijst : LIJSTEN) {
                if (!resultaat) {
                    throw new IllegalStateException("no result for " + lijst.sql());
                }
                try (ResultSet rs = statement.getResultSet()) {
                    while (rs.next()) {
                        lijst.regel().lees(rs, perId.get(rs.getObject(1, UUID.class)));
                    }
                }
                resultaat = statement.getMoreResults();
            }
        } catch (SQLException e) {
            throw sessie.getJdbcServices().getSqlExceptionHelper().convert(e, "reading a page's lists", LIJSTEN_SQL);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }

    private static Instant moment(ResultSet rs, int kolom) throws SQLException {
        OffsetDateTime moment = rs.getObject(kolom, OffsetDateTime.class);
        return moment == null ? null : moment.toInstant();
    }

    private static <T extends Enum<T>> T waarde(Class<T> soort, String naam) {
        return naam == null ? null : Enum.valueOf(soort, naam);
    }
}
