package nl.kernpunt.bootstrap.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * A large gemeente made by PostgreSQL itself: one set-based {@code insert … select} over
 * {@code generate_series} per table, so 100,000 initiatives take seconds, not an hour of use
 * cases. The rows pass the database's checks and are spread over kernen, statuses, Rollen, due
 * dates, levels and three years. Each initiative has one initiator and its submission as first
 * status line, so it reads back through the API (the rest of its history is not made). Questions are as many as initiatives, meetings a tenth of them, grant
 * applications three quarters. Another table is one more statement in {@link #TABELLEN}.
 * Placeholders: {@code %1$s} the gemeente code, {@code %2$d} the number of initiatives (and of
 * questions).
 */
public final class Proefgegevens {

    private static final String KERNEN_VAN_DE_GEMEENTE =
            "(select array_agg(id order by naam) as ids from kern where gemeente = '%1$s')";

    private static final List<String> TABELLEN = List.of(
            """
            insert into gemeente (code, naam, rsin, antwoordtermijn_dagen, terugkoppeltermijn_dagen,
                                  stilte_drempel_dagen, aangemaakt_op, gewijzigd_op, versie)
            values ('%1$s', 'Proefgemeente %1$s', '001000007', 7, 14, 28, now(), now(), 0)""",
            // one kern per 400 initiatives, every 50th archived
            """
            insert into kern (id, gemeente, naam, gebied, uitrolfase, gearchiveerd, aangemaakt_op, gewijzigd_op, versie)
            select gen_random_uuid(), '%1$s', 'Kern ' || k, 'Gebied ' || (k %% 5), 'STARTEN', k %% 50 = 0,
                   now(), now(), 0
            from generate_series(1, greatest(%2$d / 400, 2)) k""",
            // four in five kernen have a kernambtenaar now; the others had one until last month
            """
            insert into kern_functievervulling (kern_id, volgorde, functie, persoon_naam, van, tot)
            select id, 0, 'KERNAMBTENAAR', 'Kernambtenaar van ' || naam, now() - interval '2 years',
                   case when right(naam, 1) in ('0', '5') then now() - interval '1 month' end
            from kern where gemeente = '%1$s'""",
            """
            insert into initiatief (id, gemeente, kern_id, referentie, titel, omschrijving, georganiseerd, structureel,
                                    right_to_challenge, status, rol, laatste_contact_op, aangemaakt_op, gewijzigd_op, versie)
            select gen_random_uuid(), '%1$s', k.ids[1 + n %% array_length(k.ids, 1)],
                   translate(left(encode(uuid_send(gen_random_uuid()), 'base64'), 22), '+/', '-_'),
                   'Initiatief ' || n, 'Bewoners in de kern willen samen iets doen, nummer ' || n,
                   n %% 2 = 0, n %% 3 = 0, false, s.status,
                   case when s.status in ('ROL_BEPAALD', 'IN_UITVOERING', 'AFGEROND') or n %% 3 = 0
                        then (array['LOSLATEN', 'STIMULEREN', 'FACILITEREN', 'COPRODUCEREN'])[1 + n %% 4] end,
                   t.op, t.op, t.op, 0
            from generate_series(1, %2$d) n
            cross join """ + KERNEN_VAN_DE_GEMEENTE + """
             k
            cross join lateral (select (array['INGEDIEND', 'IN_BEHANDELING', 'ROL_BEPAALD', 'IN_UITVOERING', 'AFGEROND',
                                              'AFGEWEZEN', 'INGETROKKEN'])[1 + n %% 7] as status) s
            cross join lateral (select now() - (n %% 1096) * interval '1 day' - (n %% 24) * interval '1 hour' as op) t""",
            // one initiator and the submission as first history line, so each initiative reads back
            // through the API (staff page, public status) as one made by a use case would
            """
            insert into initiatief_betrokkene (initiatief_id, volgorde, naam, email, telefoon)
            select id, 0, 'Initiatiefnemer ' || titel, null, null from initiatief where gemeente = '%1$s'""",
            // as a running service would hold them: a closed initiative past the default term of 24 months
            // since its closure (its submission, the one line of its history) was handled by the retention
            // job when the term ran out (docs/adr/0033), its initiator replaced by the marker; marked before
            // its history is written, it never enters the job's index of what is still to do
            """
            update initiatief set bewaartermijn_verstreken_op = v.op, gewijzigd_op = v.op, versie = versie + 1
            from (select id, (aangemaakt_op at time zone 'UTC' + interval '24 months') at time zone 'UTC' as op
                  from initiatief
                  where gemeente = '%1$s' and status in ('AFGEROND', 'AFGEWEZEN', 'INGETROKKEN')) v
            where initiatief.id = v.id and v.op <= now()""",
            """
            update initiatief_betrokkene b set naam = '[verwijderd]', email = null, telefoon = null
            from initiatief i
            where i.id = b.initiatief_id and i.gemeente = '%1$s' and i.bewaartermijn_verstreken_op is not null""",
            """
            insert into initiatief_statusovergang (initiatief_id, volgorde, van, naar, op, door, reden)
            select id, 0, null, 'INGEDIEND', aangemaakt_op, 'Initiatiefnemer ' || titel, null
            from initiatief where gemeente = '%1$s'""",
            // two agreements per initiative, due two weeks and six weeks after it was submitted
            """
            insert into initiatief_afspraak (initiatief_id, volgorde, id, wat, door, verantwoordelijke, deadline, status, reden)
            select i.id, v, gen_random_uuid(), 'Afspraak ' || v, (array['GEMEENTE', 'INITIATIEFNEMERS'])[1 + v],
                   'Medewerker ' || (v + 1), cast(i.aangemaakt_op as date) + 14 + 28 * v, a.status,
                   case when a.status = 'NIET_NAGEKOMEN' then 'Budget ontbrak' end
            from initiatief i
            cross join generate_series(0, 1) v
            cross join lateral (select (array['OPEN', 'NAGEKOMEN', 'NIET_NAGEKOMEN'])[1 + (abs(hashtext(i.referentie)) + v) %% 3]
                                as status) a
            where i.gemeente = '%1$s'""",
            // one traject per 50 initiatives: a tenth gemeentebreed, levels and evaluations spread
            """
            insert into participatietraject (id, gemeente, onderwerp, gemeentebreed, eigenaar_naam, start_datum, eind_datum,
                                             groot, politiek_gevoelig, fase, niveau, evaluatie, evaluatie_op,
                                             evaluatie_door, aangemaakt_op, gewijzigd_op, versie)
            select gen_random_uuid(), '%1$s', 'Traject ' || n, n %% 10 = 0, 'Eigenaar ' || n,
                   current_date - (n %% 900), case when n %% 3 = 0 then current_date - (n %% 900) + 180 end,
                   false, false, 'PARTICIPATIE',
                   (array['INFORMEREN', 'RAADPLEGEN', 'ADVISEREN', 'COPRODUCEREN', 'MEEBESLISSEN', null])[1 + n %% 6],
                   case when n %% 4 = 0 then jsonb_build_object('terugkoppeling', 'Brief aan deelnemers',
                                                                 'doelenBehaald', case when n %% 8 = 0 then 'Ja' end) end,
                   case when n %% 4 = 0 then now() end, case when n %% 4 = 0 then 'Eigenaar' end,
                   now() - (n %% 900) * interval '1 day', now(), 0
            from generate_series(1, greatest(%2$d / 50, 1)) n""",
            """
            insert into participatietraject_kern (traject_id, volgorde, kern_id)
            select t.id, 0, k.ids[1 + abs(hashtext(t.onderwerp)) %% array_length(k.ids, 1)]
            from participatietraject t
            cross join """ + KERNEN_VAN_DE_GEMEENTE + """
             k
            where t.gemeente = '%1$s' and not t.gemeentebreed""",
            // as many questions as initiatives over the same three years, term 7 days: seven in ten
            // answered (after 0 to 10 days, so some late), one a procesantwoord in time, one open, one
            // closed without reaction; a recent reaction is never later than now
            """
            insert into vraag (id, gemeente, kern_id, referentie, onderwerp, tekst, vrager_naam, ontvangen_op,
                               termijn_dagen, termijn_soort, status, statushistorie, eerste_reactie_op,
                               verwacht_antwoord_op, lopende_deadline, termijn_gehaald, gewijzigd_op, versie)
            select gen_random_uuid(), '%1$s', k.ids[1 + n %% array_length(k.ids, 1)],
                   substr(replace(gen_random_uuid()::text, '-', ''), 1, 22), 'Vraag ' || n,
                   'Een inwoner vraagt iets, nummer ' || n, 'Inwoner ' || n, t.op, 7, 'KALENDERDAGEN',
                   (array['BEANTWOORD', 'BEANTWOORD', 'BEANTWOORD', 'BEANTWOORD', 'BEANTWOORD', 'BEANTWOORD',
                          'BEANTWOORD', 'PROCESANTWOORD_GEGEVEN', 'ONTVANGEN', 'GESLOTEN'])[1 + n %% 10],
                   '[]'::jsonb, r.op, case when n %% 10 = 7 then cast(t.op as date) + 21 end,
                   case when n %% 10 = 8 then t.op + interval '7 days' end,
                   case when r.op is not null then r.op <= t.op + interval '7 days'
                        when n %% 10 = 9 then true end,
                   t.op, 0
            from generate_series(1, %2$d) n
            cross join """ + KERNEN_VAN_DE_GEMEENTE + """
             k
            cross join lateral (select now() - (n %% 1096) * interval '1 day' - (n %% 24) * interval '1 hour' as op) t
            cross join lateral (select case when n %% 10 < 7 then least(t.op + (n %% 11) * interval '1 day', now())
                                            when n %% 10 = 7 then least(t.op + interval '3 days', now()) end as op) r""",
            // one meeting per 10 initiatives, one kern each, up to a month ahead: two in three got
            // feedback 0 to 19 days after the meeting (term 14 days), if that day has come
            """
            insert into bijeenkomst (id, gemeente, titel, soort, datum, terugkoppeling_uiterlijk, terugkoppeling_datum,
                                     terugkoppeling_wijze, terugkoppeling_samenvatting, aangemaakt_op, gewijzigd_op, versie)
            select gen_random_uuid(), '%1$s', 'Bijeenkomst ' || n, 'BEWONERSAVOND', d.datum, d.datum + 14, t.datum,
                   case when t.datum is not null then 'Brief' end, case when t.datum is not null then 'Verslag' end,
                   now(), now(), 0
            from generate_series(1, greatest(%2$d / 10, 1)) n
            cross join lateral (select current_date + 30 - (n %% 1126) as datum) d
            cross join lateral (select case when n %% 3 <> 0 and d.datum + (n %% 20) <= current_date
                                            then d.datum + (n %% 20) end as datum) t""",
            """
            insert into bijeenkomst_kern (bijeenkomst_id, volgorde, kern_id)
            select b.id, 0, k.ids[1 + abs(hashtext(b.titel)) %% array_length(k.ids, 1)]
            from bijeenkomst b
            cross join """ + KERNEN_VAN_DE_GEMEENTE + """
             k
            where b.gemeente = '%1$s'""",
            // every other kern has a kernagenda with a theme; a tenth only a canvas (a row, no agenda)
            """
            insert into kernagenda (kern_id, gemeente, themas, aantal_themas, gewijzigd_op, versie)
            select id, '%1$s', t.themas, jsonb_array_length(t.themas), now(), 1
            from kern
            cross join lateral (select case when right(naam, 1) in ('0', '2', '4', '6', '8')
                                            then '[{"titel": "Toekomst dorpshuis"}]'::jsonb else '[]'::jsonb end as themas) t
            where gemeente = '%1$s' and right(naam, 1) in ('0', '2', '3', '4', '6', '8')""",
            // Buren's three schemes, and an application for three in four initiatives in the year it
            // was submitted: street events and the leefbaarheidsbudget, granted (half of those paid),
            // refused or still open; decided ten days after submission, paid twenty days after
            """
            insert into subsidieregeling (id, gemeente, code, budgetsoort, naam, bedrag_centen, aangemaakt_op, gewijzigd_op,
                                          versie)
            values (gen_random_uuid(), '%1$s', 'leefbaarheidsbudget', 'PER_KERN_PER_JAAR', 'Leefbaarheidsbudget', 200000,
                    now(), now(), 0),
                   (gen_random_uuid(), '%1$s', 'straatbijeenkomst', 'VAST_BEDRAG', 'Straatbijeenkomst', 10000, now(), now(), 0),
                   (gen_random_uuid(), '%1$s', 'bijzondere-initiatieven', 'PER_GEMEENTE_PER_JAAR', 'Bijzondere initiatieven',
                    500000, now(), now(), 0)""",
            """
            insert into subsidieaanvraag (id, gemeente, initiatief_id, kern_id, regeling, jaar, omschrijving,
                                          bijeenkomst_straat, bijeenkomst_activiteit, bijeenkomst_doelgroep,
                                          bijeenkomst_datum, bijeenkomst_open, status, toegekend_centen, motivering,
                                          besluit_op, besluit_door, uitbetaald_op, uitbetaald_door,
                                          aangemaakt_op, gewijzigd_op, versie)
            select gen_random_uuid(), i.gemeente, i.id, i.kern_id, a.regeling,
                   extract(year from i.aangemaakt_op at time zone 'Europe/Amsterdam'), 'Aanvraag voor ' || i.titel,
                   case when a.straat then 'Straat ' || i.titel end, case when a.straat then 'Buitenspeeldag' end,
                   case when a.straat then 'kinderen' end, case when a.straat then cast(i.aangemaakt_op as date) + 30 end,
                   case when a.straat then true end, a.status,
                   case when a.status in ('TOEGEKEND', 'UITBETAALD') then case when a.straat then 10000 else 50000 end end,
                   case when a.status = 'AFGEWEZEN' then 'Geen draagvlak' end,
                   case when a.status <> 'INGEDIEND' then least(i.aangemaakt_op + interval '10 days', now()) end,
                   case when a.status <> 'INGEDIEND' then 'Kernambtenaar' end,
                   case when a.status = 'UITBETAALD' then least(i.aangemaakt_op + interval '20 days', now()) end,
                   case when a.status = 'UITBETAALD' then 'Kernambtenaar' end,
                   i.aangemaakt_op, i.aangemaakt_op, 0
            from initiatief i
            cross join lateral (select abs(hashtext(i.referentie)) as h) h
            cross join lateral (select h.h %% 4 = 2 as straat,
                                       case when h.h %% 4 = 2 then 'straatbijeenkomst' else 'leefbaarheidsbudget' end
                                           as regeling,
                                       (array['TOEGEKEND', 'UITBETAALD', 'AFGEWEZEN', 'INGEDIEND'])[1 + (h.h / 4) %% 4]
                                           as status) a
            where i.gemeente = '%1$s' and h.h %% 4 <> 3""",
            "analyze");

    private Proefgegevens() {
    }

    /**
     * For the benchmark harness ({@code bench/run}), which runs it against its own PostgreSQL:
     * {@code <jdbc-url> <user> <password> <gemeente> <initiatieven>}.
     */
    public static void main(String[] argumenten) throws SQLException {
        if (argumenten.length != 5) {
            throw new IllegalArgumentException("usage: <jdbc-url> <user> <password> <gemeente> <initiatieven>");
        }
        try (Connection verbinding = DriverManager.getConnection(argumenten[0], argumenten[1], argumenten[2])) {
            maak(verbinding, argumenten[3], Integer.parseInt(argumenten[4]));
        }
    }

    /** {@code gemeente} is a CBS code of four digits no other data uses. */
    public static void maak(DataSource database, String gemeente, int initiatieven) throws SQLException {
        try (Connection verbinding = database.getConnection()) {
            maak(verbinding, gemeente, initiatieven);
        }
    }

    private static void maak(Connection verbinding, String gemeente, int initiatieven) throws SQLException {
        if (!gemeente.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("gemeente " + gemeente);
        }
        try (Statement opdracht = verbinding.createStatement()) {
            for (String tabel : TABELLEN) {
                opdracht.execute(tabel.formatted(gemeente, initiatieven));
            }
        }
    }
}
