-- A new question's own cost in the database (docs/adr/0032, issue 12 P6).

-- The V20 covering indexes for monitoring's counts from the source rows: monitoring reads the ledger
-- since V27 (docs/adr/0030) and no other query uses them (EXPLAIN of the lists, the keyset pages and the
-- operational figures on the 1M data picks the (gemeente, …, id) indexes), yet every insert of a question,
-- initiative or agreement kept them up to date (78 + 78 + 84 MB on the 1M data).
drop index vraag_monitoring;
drop index initiatief_monitoring;
drop index initiatief_afspraak_monitoring;

-- The question's ledger rows (V27) from a statement of its own instead of V27's generic monitoring_boek,
-- which formats and plans a dynamic statement on every call: a PL/pgSQL statement's plan is kept for the
-- session. What a question counts as is the same as in V27: by the Dutch day received, the reaction's
-- verdict and the running deadline's Dutch day, spam not counted; +1 for a new row, -1 for an old one.
create function monitoring_vraag_boek(bij vraag[], af vraag[]) returns void language plpgsql as $$
begin
    insert into monitoring_delta (gemeente, kern_id, sectie, dag, soort, detail, termijn, aantal, centen)
    select r.gemeente, r.kern_id, 'vraag', r.dag, r.soort, null, r.termijn, sum(r.teken), 0
    from (select (x.v).gemeente, (x.v).kern_id, ((x.v).ontvangen_op at time zone 'Europe/Amsterdam')::date,
                 case when (x.v).eerste_reactie_op is null then 'ZONDER_REACTIE'
                      when (x.v).termijn_gehaald then 'BINNEN_TERMIJN'
                      when not (x.v).termijn_gehaald then 'TE_LAAT' else 'ZONDER_OORDEEL' end,
                 ((x.v).lopende_deadline at time zone 'Europe/Amsterdam')::date, x.teken
          from (select n as v, 1 as teken from unnest(bij) n union all select o, -1 from unnest(af) o) x
          where (x.v).spam_op is null) r (gemeente, kern_id, dag, soort, termijn, teken)
    group by grouping sets ((r.gemeente, r.kern_id, r.dag, r.soort, r.termijn), (r.gemeente, r.dag, r.soort, r.termijn))
    having sum(r.teken) <> 0;
end
$$;

-- A transition table is only known to the trigger event that has it, hence one call per event.
create function monitoring_vraag() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform monitoring_vraag_boek(array(select row(n.*)::vraag from nieuw n), '{}');
    elsif tg_op = 'UPDATE' then
        perform monitoring_vraag_boek(array(select row(n.*)::vraag from nieuw n), array(select row(o.*)::vraag from oud o));
    else
        perform monitoring_vraag_boek('{}', array(select row(o.*)::vraag from oud o));
    end if;
    return null;
end
$$;

drop trigger monitoring_vraag_in on vraag;
drop trigger monitoring_vraag_bij on vraag;
drop trigger monitoring_vraag_uit on vraag;
create trigger monitoring_vraag_in after insert on vraag referencing new table as nieuw
    for each statement execute function monitoring_vraag();
create trigger monitoring_vraag_bij after update on vraag referencing old table as oud new table as nieuw
    for each statement execute function monitoring_vraag();
create trigger monitoring_vraag_uit after delete on vraag referencing old table as oud
    for each statement execute function monitoring_vraag();
