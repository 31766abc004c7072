-- The feed number is no longer given in the writer's commit (docs/adr/0036). V25's deferred trigger made
-- every write of a gemeente wait on the counter row until the write before it had committed, WAL flush
-- included: 462 commits/s at most, whatever the hardware does besides. Writers now insert their event
-- without a number; a numbering step gives numbers to the gemeente's committed events that have none,
-- in one short transaction of its own, for all of them at once.
drop trigger gebeurtenis_nummer on gebeurtenis;
drop function gebeurtenis_nummer();

-- The order in which events were written, so the events of one transaction keep their order in the feed.
-- Events numbered before this migration keep null: they are never numbered again. (A default set after
-- the column was added rewrites nothing.)
create sequence gebeurtenis_rij as bigint;
alter table gebeurtenis add column rij bigint;
alter table gebeurtenis alter column rij set default nextval('gebeurtenis_rij');
alter sequence gebeurtenis_rij owned by gebeurtenis.rij;

-- What a numbering step has to do, and the feed read's check whether there is any: only events
-- without a number, so it stays as small as the events written since the last step.
create index gebeurtenis_ongenummerd on gebeurtenis (gemeente, rij) where volgnummer is null;

-- A delivery is claimed in its event's feed order (docs/adr/0020), so it carries the event's number,
-- given by the same step; null until then, and a delivery without one is not claimed.
alter table bezorging alter column volgnummer drop identity;
alter table bezorging alter column volgnummer drop not null;
update bezorging b set volgnummer = g.volgnummer from gebeurtenis g where g.id = b.gebeurtenis_id;
-- the step finds an event's deliveries here, not by scanning every delivery ever made
create index bezorging_ongenummerd on bezorging (gebeurtenis_id) where volgnummer is null;

-- The numbering step: gap-free and monotonic by construction, because only this function gives numbers,
-- one step per gemeente at a time (the transaction-level advisory lock), and each step only sees events
-- committed before it took the lock (read committed: every statement after the lock takes a new
-- snapshot), which includes the numbers of the step before it. So a step's numbers become visible in one
-- commit, after all lower ones, and a reader who saw n never later finds an event below n. Answers how
-- many events it numbered; 0 without taking the lock when there is nothing to number.
create function gebeurtenissen_nummeren(te_nummeren char(4)) returns integer language plpgsql as $$
declare
    vorige bigint;
    aantal integer;
begin
    if not exists (select 1 from gebeurtenis where gemeente = te_nummeren and volgnummer is null) then
        return 0;
    end if;
    perform pg_advisory_xact_lock(hashtext('gebeurtenis_nummer'), hashtext(te_nummeren));
    insert into gebeurtenis_teller (gemeente, laatste) values (te_nummeren, 0) on conflict (gemeente) do nothing;
    select t.laatste into vorige from gebeurtenis_teller t where t.gemeente = te_nummeren;
    with nieuw as (
        select g.id, vorige + row_number() over (order by g.rij) as nummer
        from gebeurtenis g where g.gemeente = te_nummeren and g.volgnummer is null),
    genummerd as (
        update gebeurtenis g set volgnummer = n.nummer from nieuw n where g.id = n.id returning g.id, g.volgnummer),
    bezorgd as (
        update bezorging b set volgnummer = n.volgnummer from genummerd n
        where b.gebeurtenis_id = n.id and b.volgnummer is null)
    select count(*) into aantal from genummerd;
    update gebeurtenis_teller set laatste = laatste + aantal where gemeente = te_nummeren;
    return aantal;
end
$$;
