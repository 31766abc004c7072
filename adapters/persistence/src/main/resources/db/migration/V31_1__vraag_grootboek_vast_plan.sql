-- A new question books its monitoring rows from a statement planned once (docs/adr/0036; measured in
-- docs/adr/0032): V27's generic monitoring_boek builds its statement with format() and plans it anew on
-- every call, which was a quarter of a millisecond of CPU per question. This books exactly what
-- monitoring_boek books for an inserted question (V27's arguments for 'vraag': the Dutch day received,
-- the verdict, the running deadline's Dutch day; spam not counted; the kern's row and the gemeente's),
-- and the gemeente's change counter with it, as V29 does. Updates and deletes keep the generic function.
create function monitoring_boek_nieuwe_vraag() returns trigger language plpgsql as $$
declare
    geboekt text[];
begin
    with rijen as (
        insert into monitoring_delta (gemeente, kern_id, sectie, dag, soort, detail, termijn, aantal, centen)
        select r.gemeente, r.kern_id, 'vraag', r.dag, r.soort, null, r.termijn, count(*), 0
        from (select t.gemeente, t.kern_id, (t.ontvangen_op at time zone 'Europe/Amsterdam')::date as dag,
                     case when t.eerste_reactie_op is null then 'ZONDER_REACTIE'
                          when t.termijn_gehaald then 'BINNEN_TERMIJN'
                          when not t.termijn_gehaald then 'TE_LAAT' else 'ZONDER_OORDEEL' end as soort,
                     (t.lopende_deadline at time zone 'Europe/Amsterdam')::date as termijn
              from nieuw t where t.spam_op is null) r
        group by grouping sets ((r.gemeente, r.kern_id, r.dag, r.soort, r.termijn),
                                (r.gemeente, r.dag, r.soort, r.termijn))
        returning gemeente)
    select array_agg(gemeente::text) into geboekt from rijen;
    perform monitoring_wijziging_boek(geboekt);
    return null;
end
$$;

-- the same name, so it fires in the same place among the question's insert triggers
drop trigger monitoring_vraag_in on vraag;
create trigger monitoring_vraag_in after insert on vraag referencing new table as nieuw
    for each statement execute function monitoring_boek_nieuwe_vraag();
