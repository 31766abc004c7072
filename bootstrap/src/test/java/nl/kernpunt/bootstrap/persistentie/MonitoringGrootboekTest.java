package nl.kernpunt.bootstrap.persistentie;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import nl.kernpunt.application.monitoring.port.in.VouwCijfersUseCase;
import nl.kernpunt.bootstrap.benchmark.Proefgegevens;
import nl.kernpunt.bootstrap.testsupport.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The monitoring rollup (V27, docs/adr/0030) against a recount from the source rows: after every
 * kind of write the triggers book, before and after a fold, and with parallel writers of one
 * gemeente folding meanwhile. Written in plain SQL, so every write path, also a bulk one, is covered.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class MonitoringGrootboekTest {

    /** The recount, written per source row (not as the triggers' statement), per kern and gemeente-wide. */
    private static final String HERTELD = """
            select sectie, kern_id, dag, soort, detail, termijn, count(*), sum(centen) from (
                select 'initiatief' sectie, kern_id, (aangemaakt_op at time zone 'Europe/Amsterdam')::date dag,
                       status soort, rol detail, null::date termijn, 0 centen
                from initiatief where gemeente = ? and spam_op is null
                union all
                select 'afspraak', i.kern_id, a.deadline, a.status, null, null, 0
                from initiatief_afspraak a join initiatief i on i.id = a.initiatief_id where i.gemeente = ?
                union all
                select 'vraag', kern_id, (ontvangen_op at time zone 'Europe/Amsterdam')::date,
                       case when eerste_reactie_op is null then 'ZONDER_REACTIE'
                            when termijn_gehaald is null then 'ZONDER_OORDEEL'
                            when termijn_gehaald then 'BINNEN_TERMIJN' else 'TE_LAAT' end,
                       null, (lopende_deadline at time zone 'Europe/Amsterdam')::date, 0
                from vraag where gemeente = ? and spam_op is null
                union all
                select 'subsidie', kern_id, make_date(jaar, 1, 1), regeling, status, null, toegekend_centen
                from subsidieaanvraag where gemeente = ? and status in ('TOEGEKEND', 'UITBETAALD')) bron
            group by grouping sets ((sectie, kern_id, dag, soort, detail, termijn), (sectie, dag, soort, detail, termijn))""";

    private static final String GEBOEKT = """
            select sectie, kern_id, dag, soort, detail, termijn, sum(aantal), sum(centen) from (
                select sectie, kern_id, dag, soort, detail, termijn, aantal, centen from monitoring_stand where gemeente = ?
                union all
                select sectie, kern_id, dag, soort, detail, termijn, aantal, centen from monitoring_delta where gemeente = ?) r
            where sectie <> 'wijziging'
            group by sectie, kern_id, dag, soort, detail, termijn having sum(aantal) <> 0 or sum(centen) <> 0""";

    @Inject
    DataSource database;

    @Inject
    VouwCijfersUseCase vouwen;

    @Test
    void deRollupIsEenHertellingNaElkeSoortSchrijvenEnNaHetVouwen() throws SQLException {
        Proefgegevens.maak(database, "9801", 1200);
        vouwen.vouw();
        assertThat(geboekt("9801")).isEqualTo(herteld("9801")).hasSizeGreaterThan(100)
                .anyMatch(rij -> rij.startsWith("subsidie|"));

        voerUit("""
                update initiatief set status = 'AFGEROND', rol = 'FACILITEREN'
                where gemeente = '9801' and status = 'INGEDIEND' and aangemaakt_op > now() - interval '400 days'""",
                "update initiatief set rol = null where gemeente = '9801' and status = 'IN_BEHANDELING'",
                "update initiatief set spam_op = now() where gemeente = '9801' and titel like '%7'",
                "update initiatief set spam_op = null where gemeente = '9801' and titel like '%17'",
                // the Dutch day moves: submitted at 23:30 UTC is the next day in Amsterdam
                "update initiatief set aangemaakt_op = date_trunc('day', aangemaakt_op) + interval '23 hours 30 minutes'"
                        + " where gemeente = '9801' and titel like '%3'",
                // erasure of an initiative: its agreements go by cascade (docs/adr/0018, 0019)
                """
                delete from initiatief i where gemeente = '9801' and titel like '%9'
                  and not exists (select 1 from subsidieaanvraag s where s.initiatief_id = i.id)""",
                "update initiatief_afspraak set status = 'NAGEKOMEN' where gemeente = '9801' and status = 'OPEN' and volgorde = 1",
                "update initiatief_afspraak set deadline = deadline + 200 where gemeente = '9801' and wat = 'Afspraak 0'"
                        + " and status = 'NIET_NAGEKOMEN'",
                "delete from initiatief_afspraak where gemeente = '9801' and status = 'NAGEKOMEN' and volgorde = 0",
                """
                insert into initiatief_afspraak (initiatief_id, volgorde, id, wat, door, verantwoordelijke, deadline, status)
                select id, 5, gen_random_uuid(), 'Nieuw', 'GEMEENTE', 'Medewerker', current_date + 3, 'OPEN'
                from initiatief where gemeente = '9801' and titel like '%1'""",
                // a reaction, late; a procesantwoord's deadline moved; anonymisation touches no figure
                """
                update vraag set eerste_reactie_op = now(), termijn_gehaald = false, lopende_deadline = null
                where gemeente = '9801' and status = 'ONTVANGEN' and onderwerp like '%8'""",
                "update vraag set lopende_deadline = now() - interval '1 hour' where gemeente = '9801' and lopende_deadline is not null",
                "update vraag set vrager_naam = 'Geanonimiseerd' where gemeente = '9801' and onderwerp like '%2'",
                "update vraag set spam_op = now() where gemeente = '9801' and onderwerp like '%5'",
                "delete from vraag where gemeente = '9801' and onderwerp like '%6'",
                """
                insert into vraag (id, gemeente, kern_id, referentie, onderwerp, tekst, vrager_naam, ontvangen_op,
                                   termijn_dagen, termijn_soort, status, statushistorie, lopende_deadline, gewijzigd_op, versie)
                select gen_random_uuid(), gemeente, kern_id, substr(replace(gen_random_uuid()::text, '-', ''), 1, 22),
                       'Nog een', 'Tekst', 'Inwoner', now(), 7, 'KALENDERDAGEN', 'ONTVANGEN', '[]'::jsonb,
                       now() + interval '7 days', now(), 0
                from vraag where gemeente = '9801' and onderwerp like '%4'""",
                // grants in two budget years: granted, paid, an amount changed, moved a year, withdrawn
                """
                update subsidieaanvraag set status = 'TOEGEKEND', toegekend_centen = 7500
                where gemeente = '9801' and status = 'INGEDIEND' and jaar = extract(year from current_date)""",
                """
                update subsidieaanvraag set status = 'TOEGEKEND', toegekend_centen = 2500
                where gemeente = '9801' and status = 'INGEDIEND' and jaar = extract(year from current_date) - 1""",
                "update subsidieaanvraag set status = 'UITBETAALD', uitbetaald_op = now()"
                        + " where gemeente = '9801' and status = 'TOEGEKEND' and omschrijving like '%3'",
                "update subsidieaanvraag set toegekend_centen = toegekend_centen + 1 where gemeente = '9801' and omschrijving like '%5'",
                "update subsidieaanvraag set jaar = jaar + 1 where gemeente = '9801' and omschrijving like '%6'",
                "update subsidieaanvraag set status = 'AFGEWEZEN', toegekend_centen = null, motivering = 'Ingetrokken'"
                        + " where gemeente = '9801' and status = 'TOEGEKEND' and omschrijving like '%8'",
                "delete from subsidieaanvraag where gemeente = '9801' and omschrijving like '%0'");

        assertThat(aantalDeltas("9801")).isPositive();
        assertThat(geboekt("9801")).isEqualTo(herteld("9801"));
        assertThat(vouwen.vouw()).isPositive();
        assertThat(aantalDeltas("9801")).isZero();
        assertThat(geboekt("9801")).isEqualTo(herteld("9801"));
    }

    /**
     * Eight writers of one gemeente, each changing two initiatives per transaction in a random order
     * and adding an agreement, while folds run: with one counter row per figure they would queue and
     * could deadlock; the ledger only inserts, so every transaction commits and the totals are exact.
     */
    @Test
    void parallelleSchrijversVanEenGemeenteWachtenNietOpElkaarEnTellenExact() throws Exception {
        Proefgegevens.maak(database, "9802", 800);
        vouwen.vouw();
        List<String> initiatieven = strings("select id::text from initiatief where gemeente = '9802' order by id");
        int schrijvers = 8;
        int transacties = 25;
        ExecutorService pool = Executors.newFixedThreadPool(schrijvers + 1);
        AtomicBoolean klaar = new AtomicBoolean();
        Future<Integer> folder = pool.submit(() -> {
            int folds = 0;
            while (!klaar.get()) {
                vouwen.vouw();
                folds++;
            }
            return folds;
        });
        List<Future<?>> werk = new ArrayList<>();
        for (int s = 0; s < schrijvers; s++) {
            int schrijver = s;
            List<String> eigen = new ArrayList<>();
            for (int i = schrijver; i < initiatieven.size(); i += schrijvers) {
                eigen.add(initiatieven.get(i));
            }
            werk.add(pool.submit(() -> {
                for (int t = 0; t < transacties; t++) {
                    schrijfTransactie(eigen, schrijver * 1000 + t);
                }
                return null;
            }));
        }
        for (Future<?> f : werk) {
            f.get(2, TimeUnit.MINUTES);
        }
        klaar.set(true);
        assertThat(folder.get(1, TimeUnit.MINUTES)).isPositive();
        pool.shutdown();

        assertThat(geboekt("9802")).isEqualTo(herteld("9802"));
        assertThat(strings("select count(*)::text from initiatief_afspraak where gemeente = '9802' and wat = 'Parallel'"))
                .containsExactly(String.valueOf(schrijvers * transacties));
        vouwen.vouw();
        assertThat(geboekt("9802")).isEqualTo(herteld("9802"));
    }

    /**
     * The change counter (V29, docs/adr/0034) behind the monitoring cache: every statement that
     * changes what the figures are read from counts, in the rolled-up tables and the others alike;
     * a change that moves no figure and a fold do not.
     */
    @Test
    void deWijzigingstellerTeltElkeSchrijfactieDieDeCijfersRaaktEnHetVouwenNiet() throws SQLException {
        Proefgegevens.maak(database, "9803", 1200);
        List<String> raken = List.of(
                "update initiatief set status = 'AFGEROND' where gemeente = '9803' and titel like '%1'",
                "update initiatief_afspraak set status = 'NAGEKOMEN' where gemeente = '9803' and status = 'OPEN'",
                "update vraag set spam_op = now() where gemeente = '9803' and onderwerp like '%5'",
                "update subsidieaanvraag set toegekend_centen = toegekend_centen + 1"
                        + " where gemeente = '9803' and status in ('TOEGEKEND', 'UITBETAALD')",
                "update kern set gearchiveerd = true where gemeente = '9803' and naam like '%1'",
                "delete from kern_functievervulling f using kern k where k.id = f.kern_id and k.gemeente = '9803'",
                "update kernagenda set versie = versie + 1 where gemeente = '9803'",
                "update participatietraject set niveau = null where gemeente = '9803'",
                "delete from participatietraject_kern k using participatietraject p where p.id = k.traject_id and p.gemeente = '9803'",
                "update bijeenkomst set titel = titel where gemeente = '9803'",
                "delete from bijeenkomst_kern k using bijeenkomst b where b.id = k.bijeenkomst_id and b.gemeente = '9803'",
                "update subsidieregeling set bedrag_centen = bedrag_centen + 1 where gemeente = '9803'",
                // a running deadline moved within its day: the rollup's row stays, today's overdue count may not
                "update vraag set lopende_deadline = lopende_deadline + interval '1 microsecond'"
                        + " where gemeente = '9803' and lopende_deadline is not null");
        for (String sql : raken) {
            long voor = wijzigingen("9803");
            voerUit(sql);
            assertThat(wijzigingen("9803")).as(sql).isEqualTo(voor + 1);
        }
        long voor = wijzigingen("9803");
        voerUit("update vraag set vrager_naam = 'Geanonimiseerd' where gemeente = '9803'",
                "update initiatief set titel = titel where gemeente = '9803'");
        assertThat(vouwen.vouw()).isPositive();
        assertThat(wijzigingen("9803")).isEqualTo(voor);
        assertThat(geboekt("9803")).isEqualTo(herteld("9803"));
    }

    private long wijzigingen(String gemeente) throws SQLException {
        return Long.parseLong(rijen("select coalesce(sum(aantal), 0) from (select aantal from monitoring_stand"
                + " where gemeente = ? and sectie = 'wijziging' union all select aantal from monitoring_delta"
                + " where gemeente = ? and sectie = 'wijziging') w", gemeente, gemeente).get(0));
    }

    private void schrijfTransactie(List<String> eigen, int volgorde) throws SQLException {
        ThreadLocalRandom kans = ThreadLocalRandom.current();
        String[] statussen = {"INGEDIEND", "IN_BEHANDELING", "ROL_BEPAALD", "IN_UITVOERING", "AFGEROND"};
        try (Connection verbinding = database.getConnection()) {
            verbinding.setAutoCommit(false);
            for (int i = 0; i < 2; i++) {
                try (PreparedStatement update = verbinding.prepareStatement(
                        "update initiatief set status = ?, rol = coalesce(rol, 'LOSLATEN') where id = ?::uuid")) {
                    update.setString(1, statussen[kans.nextInt(statussen.length)]);
                    update.setString(2, eigen.get(kans.nextInt(eigen.size())));
                    update.executeUpdate();
                }
            }
            try (PreparedStatement afspraak = verbinding.prepareStatement("""
                    insert into initiatief_afspraak (initiatief_id, volgorde, id, wat, door, verantwoordelijke, deadline, status)
                    values (?::uuid, ?, gen_random_uuid(), 'Parallel', 'GEMEENTE', 'Medewerker', current_date + ?, 'OPEN')""")) {
                afspraak.setString(1, eigen.get(kans.nextInt(eigen.size())));
                afspraak.setInt(2, 100 + volgorde);
                afspraak.setInt(3, kans.nextInt(-30, 30));
                afspraak.executeUpdate();
            }
            verbinding.commit();
        }
    }

    private List<String> herteld(String gemeente) throws SQLException {
        return rijen(HERTELD, gemeente, gemeente, gemeente, gemeente);
    }

    private List<String> geboekt(String gemeente) throws SQLException {
        return rijen(GEBOEKT, gemeente, gemeente);
    }

    private long aantalDeltas(String gemeente) throws SQLException {
        return Long.parseLong(rijen("select count(*) from monitoring_delta where gemeente = ?", gemeente).get(0));
    }

    private List<String> strings(String sql) throws SQLException {
        return rijen(sql);
    }

    /** Every row as one text, sorted, so two result sets compare as lists. */
    private List<String> rijen(String sql, String... parameters) throws SQLException {
        List<String> rijen = new ArrayList<>();
        try (Connection verbinding = database.getConnection();
             PreparedStatement query = verbinding.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = query.executeQuery()) {
                int kolommen = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> waarden = new ArrayList<>();
                    for (int k = 1; k <= kolommen; k++) {
                        waarden.add(rs.getString(k));
                    }
                    rijen.add(String.join("|", waarden));
                }
            }
        }
        rijen.sort(null);
        return rijen;
    }

    private void voerUit(String... statements) throws SQLException {
        try (Connection verbinding = database.getConnection()) {
            for (String sql : statements) {
                try (PreparedStatement statement = verbinding.prepareStatement(sql)) {
                    statement.executeUpdate();
                }
            }
        }
    }
}
