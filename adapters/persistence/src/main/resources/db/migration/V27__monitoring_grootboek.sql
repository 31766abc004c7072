-- Monitoring's four largest counts (initiatives, agreements, questions, grants) from a rollup per
-- gemeente (and kern) and Dutch day instead of the source rows (docs/adr/0030). Writers only ever
-- insert +1/-1 rows into monitoring_delta, so two writers of one gemeente never wait for each other on a counter row and cannot deadlock; a periodic
-- fold (monitoring_vouw) moves the deltas into monitoring_stand in one transaction. Monitoring reads
-- stand + deltas in one statement, so it sees the same totals before and after a fold.
--
-- Columns: sectie names the count; kern_id null is the gemeente as a whole (so the gemeente's figures
-- read one row per day and value, not one per kern); dag places the row in a period (for grants the
-- budget year's 1 January); soort, detail and termijn are the values the section counts by (status
-- and Rol; a grant's scheme as text, so a scheme code fits as well as today's enum, and status; a
-- question's running deadline's day); aantal counts rows, centen sums amounts (grants only).
create table monitoring_stand (
    gemeente char(4)     not null,
    kern_id  uuid,
    sectie   varchar(12) not null,
    dag      date        not null,
    soort    varchar(40) not null, -- as long as a scheme code (V26)
    detail   varchar(30),
    termijn  date,
    aantal   bigint      not null,
    centen   bigint      not null,
    -- the key is also the read path: with the count included, a read touches no table page
    constraint monitoring_stand_sleutel unique nulls not distinct
        (gemeente, sectie, kern_id, dag, soort, detail, termijn) include (aantal, centen)
);

-- the same columns, without a key: many deltas of one value may wait for the fold
create table monitoring_delta (like monitoring_stand);
create index monitoring_delta_bereik on monitoring_delta (gemeente, sectie, kern_id, dag)
    include (soort, detail, termijn, aantal, centen);

-- One bookkeeping function for every source table; the trigger's arguments say what a row counts as:
-- TG_ARGV[0] the section, [1] the select list over the changed row t (gemeente, kern_id, dag, soort,
-- detail, termijn, centen), [2] what follows "from t" (a join, a where). Inserted rows count +1,
-- deleted -1, an update both; a change that moves nothing (most updates) nets to zero and books no row.
create function monitoring_boek() returns trigger language plpgsql as $$
declare
    rijen text := case tg_op
        when 'INSERT' then 'select nieuw.*, 1 as teken from nieuw'
        when 'DELETE' then 'select oud.*, -1 as teken from oud'
        else 'select nieuw.*, 1 as teken from nieuw union all select oud.*, -1 from oud' end;
begin
    execute format($sql$
        insert into monitoring_delta (gemeente, kern_id, sectie, dag, soort, detail, termijn, aantal, centen)
        select r.gemeente, r.kern_id, %L, r.dag, r.soort, r.detail, r.termijn, sum(r.teken), sum(r.teken * r.centen)
        from (select %s, t.teken from (%s) t %s) r (gemeente, kern_id, dag, soort, detail, termijn, centen, teken)
        group by grouping sets ((r.gemeente, r.kern_id, r.dag, r.soort, r.detail, r.termijn),
                                (r.gemeente, r.dag, r.soort, r.detail, r.termijn))
        having sum(r.teken) <> 0 or sum(r.teken * r.centen) <> 0$sql$, tg_argv[0], tg_argv[1], rijen, tg_argv[2]);
    return null;
end
$$;

-- Puts monitoring_boek's three triggers on a table, so what its rows count as is said once.
create function monitoring_volg(tabel text, sectie text, kolommen text, van text) returns void language plpgsql as $$
begin
    execute format('create trigger %I after insert on %I referencing new table as nieuw '
                   'for each statement execute function monitoring_boek(%L, %L, %L)',
                   'monitoring_' || sectie || '_in', tabel, sectie, kolommen, van);
    execute format('create trigger %I after update on %I referencing old table as oud new table as nieuw '
                   'for each statement execute function monitoring_boek(%L, %L, %L)',
                   'monitoring_' || sectie || '_bij', tabel, sectie, kolommen, van);
    execute format('create trigger %I after delete on %I referencing old table as oud '
                   'for each statement execute function monitoring_boek(%L, %L, %L)',
                   'monitoring_' || sectie || '_uit', tabel, sectie, kolommen, van);
end
$$;

-- Initiatives by the Dutch day they were submitted, current status and Rol; spam does not count.
select monitoring_volg('initiatief', 'initiatief',
    $$t.gemeente, t.kern_id, (t.aangemaakt_op at time zone 'Europe/Amsterdam')::date, t.status, t.rol, null::date, 0::bigint$$,
    'where t.spam_op is null');

-- Agreements by due day and status, under their initiative's kern (which never changes, docs/adr/0007).
-- When the initiative itself is deleted, its agreements go by cascade after it and can no longer find
-- its kern: the initiative's own delete books them first, and their trigger's join then finds nothing.
select monitoring_volg('initiatief_afspraak', 'afspraak',
    't.gemeente, i.kern_id, t.deadline, t.status, null::varchar, null::date, 0::bigint',
    'join initiatief i on i.id = t.initiatief_id');

create function monitoring_afspraken_van_initiatief_uit() returns trigger language plpgsql as $$
begin
    insert into monitoring_delta (gemeente, kern_id, sectie, dag, soort, detail, termijn, aantal, centen)
    select a.gemeente, k.kern_id, 'afspraak', a.deadline, a.status, null, null, -count(*), 0
    from initiatief_afspraak a cross join (values (old.kern_id), (null::uuid)) k (kern_id)
    where a.initiatief_id = old.id
    group by a.gemeente, k.kern_id, a.deadline, a.status;
    return old;
end
$$;
create trigger monitoring_afspraken_van_initiatief_uit before delete on initiatief
    for each row execute function monitoring_afspraken_van_initiatief_uit();

-- Questions by the Dutch day received: the reaction's verdict, and the Dutch day of the running
-- deadline (overdue is "deadline before now": days before today are rolled up, today's are counted
-- from vraag_verloopt_vandaag at read time). Spam does not count.
select monitoring_volg('vraag', 'vraag',
    $$t.gemeente, t.kern_id, (t.ontvangen_op at time zone 'Europe/Amsterdam')::date,
      case when t.eerste_reactie_op is null then 'ZONDER_REACTIE' when t.termijn_gehaald then 'BINNEN_TERMIJN'
           when not t.termijn_gehaald then 'TE_LAAT' else 'ZONDER_OORDEEL' end,
      null::varchar, (t.lopende_deadline at time zone 'Europe/Amsterdam')::date, 0::bigint$$,
    'where t.spam_op is null');

-- Grants granted or paid, by budget year (its 1 January), scheme and status, with their amounts.
select monitoring_volg('subsidieaanvraag', 'subsidie',
    't.gemeente, t.kern_id, make_date(t.jaar, 1, 1), t.regeling, t.status, null::date, coalesce(t.toegekend_centen, 0)',
    $$where t.status in ('TOEGEKEND', 'UITBETAALD')$$);

drop function monitoring_volg(text, text, text, text);

-- The questions whose running deadline falls today, led by the gemeente: at most one day's worth.
create index vraag_verloopt_vandaag on vraag (gemeente, lopende_deadline) include (ontvangen_op, kern_id)
    where lopende_deadline is not null and spam_op is null;

-- The fold: one instance at a time (the others skip), all committed deltas into the stand exactly
-- once, in one transaction. Answers how many stand rows it touched, or -1 when another fold ran.
create function monitoring_vouw() returns bigint language plpgsql as $$
declare
    geraakt bigint;
begin
    if not pg_try_advisory_xact_lock(hashtext('monitoring_vouw')) then
        return -1;
    end if;
    with weg as (delete from monitoring_delta returning *)
    insert into monitoring_stand as s (gemeente, kern_id, sectie, dag, soort, detail, termijn, aantal, centen)
    select gemeente, kern_id, sectie, dag, soort, detail, termijn, sum(aantal), sum(centen)
    from weg group by gemeente, kern_id, sectie, dag, soort, detail, termijn
    on conflict (gemeente, sectie, kern_id, dag, soort, detail, termijn)
        do update set aantal = s.aantal + excluded.aantal, centen = s.centen + excluded.centen;
    get diagnostics geraakt = row_count;
    return geraakt;
end
$$;

-- Backfill from the rows already there, straight into the stand (same expressions as the triggers).
insert into monitoring_stand (gemeente, kern_id, sectie, dag, soort, detail, termijn, aantal, centen)
select gemeente, kern_id, 'initiatief', dag, status, rol, null, count(*), 0
from (select gemeente, kern_id, (aangemaakt_op at time zone 'Europe/Amsterdam')::date dag, status, rol
      from initiatief where spam_op is null) t
group by grouping sets ((gemeente, kern_id, dag, status, rol), (gemeente, dag, status, rol));

insert into monitoring_stand (gemeente, kern_id, sectie, dag, soort, detail, termijn, aantal, centen)
select a.gemeente, i.kern_id, 'afspraak', a.deadline, a.status, null, null, count(*), 0
from initiatief_afspraak a join initiatief i on i.id = a.initiatief_id
group by grouping sets ((a.gemeente, i.kern_id, a.deadline, a.status), (a.gemeente, a.deadline, a.status));

insert into monitoring_stand (gemeente, kern_id, sectie, dag, soort, detail, termijn, aantal, centen)
select gemeente, kern_id, 'vraag', dag, soort, null, termijn, count(*), 0
from (select gemeente, kern_id, (ontvangen_op at time zone 'Europe/Amsterdam')::date dag,
             case when eerste_reactie_op is null then 'ZONDER_REACTIE' when termijn_gehaald then 'BINNEN_TERMIJN'
                  when not termijn_gehaald then 'TE_LAAT' else 'ZONDER_OORDEEL' end soort,
             (lopende_deadline at time zone 'Europe/Amsterdam')::date termijn
      from vraag where spam_op is null) t
group by grouping sets ((gemeente, kern_id, dag, soort, termijn), (gemeente, dag, soort, termijn));

insert into monitoring_stand (gemeente, kern_id, sectie, dag, soort, detail, termijn, aantal, centen)
select gemeente, kern_id, 'subsidie', make_date(jaar, 1, 1), regeling, status, null, count(*), coalesce(sum(toegekend_centen), 0)
from subsidieaanvraag where status in ('TOEGEKEND', 'UITBETAALD')
group by grouping sets ((gemeente, kern_id, jaar, regeling, status), (gemeente, jaar, regeling, status));
