-- Background jobs whose round costs what its work costs, not what the tables hold (docs/adr/0033).

-- Retention: the moment a closed record's term started (its closure), kept by triggers on every write
-- path (use cases, bulk loads, Proefgegevens) so the claim reads an index range per gemeente instead of
-- working the closure out of the history of every closed record. Null while the record is open.
alter table initiatief add column bewaring_vanaf timestamptz;
alter table vraag add column bewaring_vanaf timestamptz;

-- A question's closure: the last transition into a closed status in its JSON history (Hibernate
-- writes an Instant as epoch seconds; an ISO string is read too).
create function vraag_bewaring_vanaf(status varchar, historie jsonb) returns timestamptz
    language sql stable as $$
    select case when status in ('BEANTWOORD', 'GESLOTEN') then
        (select max(case jsonb_typeof(o->'op') when 'number' then to_timestamp((o->>'op')::numeric)
                    else (o->>'op')::timestamptz end)
         from jsonb_array_elements(historie) o where o->>'naar' in ('BEANTWOORD', 'GESLOTEN')) end
$$;

create function vraag_bewaring() returns trigger language plpgsql as $$
begin
    new.bewaring_vanaf := vraag_bewaring_vanaf(new.status, new.statushistorie);
    return new;
end
$$;

-- an open question (every new one a use case makes) never calls the function
create trigger vraag_bewaring_in before insert on vraag
    for each row when (new.status in ('BEANTWOORD', 'GESLOTEN')) execute function vraag_bewaring();
create trigger vraag_bewaring_bij before update of status, statushistorie on vraag
    for each row execute function vraag_bewaring();

-- An initiative's closure: its latest transition, whatever it led to (as the claim read it before),
-- while its status is closed. The status and its history are written in separate statements, in
-- either order, so both sides keep it.
create function initiatief_bewaring() returns trigger language plpgsql as $$
begin
    new.bewaring_vanaf := case when new.status in ('AFGEROND', 'AFGEWEZEN', 'INGETROKKEN') then
        (select max(s.op) from initiatief_statusovergang s where s.initiatief_id = new.id) end;
    return new;
end
$$;

create trigger initiatief_bewaring_bij before update of status on initiatief
    for each row execute function initiatief_bewaring();

-- statement-level, so a bulk load of histories costs one update, not one per row
create function initiatief_bewaring_na_overgang() returns trigger language plpgsql as $$
begin
    update initiatief i set bewaring_vanaf = m.op
    from (select s.initiatief_id, max(s.op) as op from initiatief_statusovergang s
          where s.initiatief_id in (select n.initiatief_id from nieuw n) group by s.initiatief_id) m
    where i.id = m.initiatief_id and i.status in ('AFGEROND', 'AFGEWEZEN', 'INGETROKKEN')
      and i.bewaring_vanaf is distinct from m.op;
    return null;
end
$$;

create trigger initiatief_bewaring_overgang_in after insert on initiatief_statusovergang
    referencing new table as nieuw for each statement execute function initiatief_bewaring_na_overgang();
create trigger initiatief_bewaring_overgang_bij after update on initiatief_statusovergang
    referencing new table as nieuw for each statement execute function initiatief_bewaring_na_overgang();

update initiatief i set bewaring_vanaf = m.op
from (select initiatief_id, max(op) as op from initiatief_statusovergang group by initiatief_id) m
where m.initiatief_id = i.id and i.status in ('AFGEROND', 'AFGEWEZEN', 'INGETROKKEN');

update vraag set bewaring_vanaf = vraag_bewaring_vanaf(status, statushistorie)
where status in ('BEANTWOORD', 'GESLOTEN') and vraag_bewaring_vanaf(status, statushistorie) is not null;

-- The claim's range: per gemeente, oldest closure first, only what the job has not handled yet.
drop index initiatief_bewaring_open;
drop index vraag_bewaring_open;
create index initiatief_bewaring_te_doen on initiatief (gemeente, bewaring_vanaf)
    where bewaartermijn_verstreken_op is null and bewaring_vanaf is not null;
create index vraag_bewaring_te_doen on vraag (gemeente, bewaring_vanaf)
    where bewaartermijn_verstreken_op is null and bewaring_vanaf is not null;

-- Metrics: overdue open agreements counted per gemeente from an index, without joining the initiatives.
create index initiatief_afspraak_open_per_gemeente on initiatief_afspraak (gemeente, deadline) where status = 'OPEN';

-- Termijnbewaking: the "still to report" indexes in the claim's own order (deadline, then id), so each
-- gemeente's earliest are read straight from the index and the planner has no reason to prefer the
-- full deadline index, where reported items that are still open pile up in front of the range.
create index vraag_termijn_nog_te_melden on vraag (gemeente, lopende_deadline, id)
    where termijn_verlopen_gemeld_op is null and lopende_deadline is not null and spam_op is null;
drop index vraag_termijn_te_melden;
create index bijeenkomst_terugkoppeling_nog_te_melden on bijeenkomst (gemeente, terugkoppeling_uiterlijk, id)
    where terugkoppeling_verlopen_gemeld_op is null and terugkoppeling_datum is null;
drop index bijeenkomst_terugkoppeling_te_melden;
