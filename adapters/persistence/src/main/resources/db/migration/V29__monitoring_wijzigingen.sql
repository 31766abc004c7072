-- A change counter per gemeente in monitoring's own ledger (docs/adr/0034): section 'wijziging', one
-- row per gemeente (kern_id null, a fixed day and soort), +1 for every statement that changed
-- something monitoring reads. Booked as an insert-only delta and folded like every other section, so
-- its total (stand + deltas) only ever grows, a fold leaves it unchanged and writers never wait on a
-- counter row. A cached monitoring answer is valid while this total is what it was when the answer
-- was computed.

-- The one shape of a counter row: +1 for each gemeente given (null and repeats ignored).
create function monitoring_wijziging_boek(gemeenten text[]) returns void language sql as $$
    insert into monitoring_delta (gemeente, kern_id, sectie, dag, soort, detail, termijn, aantal, centen)
    select distinct g, null::uuid, 'wijziging', date '2000-01-01', '-', null, null::date, 1, 0
    from unnest(gemeenten) g where g is not null
$$;

-- Books +1 per gemeente whose rows the statement touched; TG_ARGV[0] is what follows "select" and
-- yields the gemeente from the changed rows t (a join where the table has no gemeente of its own).
create function monitoring_wijzig() returns trigger language plpgsql as $$
declare
    rijen text := case tg_op
        when 'INSERT' then 'select * from nieuw'
        when 'DELETE' then 'select * from oud'
        else 'select * from nieuw union all select * from oud' end;
begin
    execute format('select monitoring_wijziging_boek(array(select %s from (%s) t))', tg_argv[0], rijen);
    return null;
end
$$;

create function monitoring_wijzig_volg(tabel text, gemeente text) returns void language plpgsql as $$
begin
    execute format('create trigger %I after insert on %I referencing new table as nieuw '
                   'for each statement execute function monitoring_wijzig(%L)', 'monitoring_wijziging_in_' || tabel, tabel, gemeente);
    execute format('create trigger %I after update on %I referencing old table as oud new table as nieuw '
                   'for each statement execute function monitoring_wijzig(%L)', 'monitoring_wijziging_bij_' || tabel, tabel, gemeente);
    execute format('create trigger %I after delete on %I referencing old table as oud '
                   'for each statement execute function monitoring_wijzig(%L)', 'monitoring_wijziging_uit_' || tabel, tabel, gemeente);
end
$$;

-- Every table monitoring reads outside the four rolled-up sections (those book their counter in
-- monitoring_boek below). A child row finds its gemeente through its parent; when the parent is
-- deleted with it, the parent's own trigger has booked the change.
select monitoring_wijzig_volg('kern', 't.gemeente');
select monitoring_wijzig_volg('kern_functievervulling', '(select k.gemeente from kern k where k.id = t.kern_id)');
select monitoring_wijzig_volg('kern_communicatiekanaal', '(select k.gemeente from kern k where k.id = t.kern_id)');
select monitoring_wijzig_volg('kern_dorpsbelangenorganisatie', '(select k.gemeente from kern k where k.id = t.kern_id)');
select monitoring_wijzig_volg('kernagenda', 't.gemeente');
select monitoring_wijzig_volg('participatietraject', 't.gemeente');
select monitoring_wijzig_volg('participatietraject_kern', '(select p.gemeente from participatietraject p where p.id = t.traject_id)');
select monitoring_wijzig_volg('bijeenkomst', 't.gemeente');
select monitoring_wijzig_volg('bijeenkomst_kern', '(select b.gemeente from bijeenkomst b where b.id = t.bijeenkomst_id)');
select monitoring_wijzig_volg('begrotingsronde', 't.gemeente');
select monitoring_wijzig_volg('begrotingsidee', '(select r.gemeente from begrotingsronde r where r.id = t.ronde_id)');
select monitoring_wijzig_volg('begrotingsstemcode', '(select r.gemeente from begrotingsronde r where r.id = t.ronde_id)');
select monitoring_wijzig_volg('subsidieregeling', 't.gemeente');
select monitoring_wijzig_volg('indicator', 't.gemeente');
select monitoring_wijzig_volg('streefcijfers', 't.gemeente');

drop function monitoring_wijzig_volg(text, text);

-- Today's overdue questions are counted from vraag at read time: a running deadline moved within
-- one day books no rollup row (its day is the same) but can change that count. (PostgreSQL allows no
-- column list on a trigger with transition tables, so the rows are compared here.)
create function monitoring_termijn_verschoven() returns trigger language plpgsql as $$
begin
    perform monitoring_wijziging_boek(array(
        select n.gemeente from nieuw n join oud o on o.id = n.id
        where n.lopende_deadline is distinct from o.lopende_deadline));
    return null;
end
$$;
create trigger monitoring_wijziging_termijn_vraag after update on vraag
    referencing old table as oud new table as nieuw
    for each statement execute function monitoring_termijn_verschoven();

-- The rolled-up sections book their counter in the same statement as their deltas, and only when
-- they booked a delta (a change that moves no figure changes no answer).
create or replace function monitoring_boek() returns trigger language plpgsql as $$
declare
    rijen text := case tg_op
        when 'INSERT' then 'select nieuw.*, 1 as teken from nieuw'
        when 'DELETE' then 'select oud.*, -1 as teken from oud'
        else 'select nieuw.*, 1 as teken from nieuw union all select oud.*, -1 from oud' end;
begin
    execute format($sql$
        with geboekt as (
            insert into monitoring_delta (gemeente, kern_id, sectie, dag, soort, detail, termijn, aantal, centen)
            select r.gemeente, r.kern_id, %L, r.dag, r.soort, r.detail, r.termijn, sum(r.teken), sum(r.teken * r.centen)
            from (select %s, t.teken from (%s) t %s) r (gemeente, kern_id, dag, soort, detail, termijn, centen, teken)
            group by grouping sets ((r.gemeente, r.kern_id, r.dag, r.soort, r.detail, r.termijn),
                                    (r.gemeente, r.dag, r.soort, r.detail, r.termijn))
            having sum(r.teken) <> 0 or sum(r.teken * r.centen) <> 0
            returning gemeente)
        select monitoring_wijziging_boek(array(select gemeente from geboekt))$sql$, tg_argv[0], tg_argv[1], rijen, tg_argv[2]);
    return null;
end
$$;

-- An initiative's delete books its agreements itself (V27); it books the counter with them.
create or replace function monitoring_afspraken_van_initiatief_uit() returns trigger language plpgsql as $$
begin
    insert into monitoring_delta (gemeente, kern_id, sectie, dag, soort, detail, termijn, aantal, centen)
    select a.gemeente, k.kern_id, 'afspraak', a.deadline, a.status, null, null, -count(*), 0
    from initiatief_afspraak a cross join (values (old.kern_id), (null::uuid)) k (kern_id)
    where a.initiatief_id = old.id
    group by a.gemeente, k.kern_id, a.deadline, a.status;
    if found then
        perform monitoring_wijziging_boek(array[old.gemeente::text]);
    end if;
    return old;
end
$$;
