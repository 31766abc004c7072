-- The hot paths of issue 12 (docs/adr/0026). Every monitoring count is led by the gemeente and
-- answered from an index alone (an index-only scan reads no table page the visibility map calls
-- all-visible), so a small gemeente's figures no longer scan a large neighbour's rows.

-- Initiatives submitted in the period, by status and Rol, for the whole gemeente or one kern.
create index initiatief_monitoring on initiatief (gemeente, aangemaakt_op) include (status, rol, kern_id)
    where spam_op is null;

-- Questions received in the period: the four counts read only these columns.
create index vraag_monitoring on vraag (gemeente, ontvangen_op)
    include (kern_id, eerste_reactie_op, termijn_gehaald, lopende_deadline)
    where spam_op is null;

-- Meetings held in the period, with what their feedback count needs.
create index bijeenkomst_monitoring on bijeenkomst (gemeente, datum)
    include (terugkoppeling_datum, terugkoppeling_uiterlijk);

-- Agreements had no gemeente of their own, so their count joined every gemeente's agreements due in
-- the period to their initiatives. The gemeente is copied in when the agreement is stored (the
-- initiative's gemeente never changes, and an agreement never moves to another initiative), by the
-- database itself so every writer, also a bulk load, fills it.
alter table initiatief_afspraak add column gemeente char(4);
update initiatief_afspraak a set gemeente = i.gemeente from initiatief i where i.id = a.initiatief_id;
alter table initiatief_afspraak alter column gemeente set not null;

create function initiatief_afspraak_gemeente() returns trigger language plpgsql as $$
begin
    select i.gemeente into new.gemeente from initiatief i where i.id = new.initiatief_id;
    return new;
end
$$;
create trigger initiatief_afspraak_gemeente before insert on initiatief_afspraak
    for each row execute function initiatief_afspraak_gemeente();

create index initiatief_afspraak_monitoring on initiatief_afspraak (gemeente, deadline) include (status);

-- Grants of the period's budget years: the same key as V10's index, now with what the sums read.
drop index subsidieaanvraag_gemeente_jaar_toegekend;
create index subsidieaanvraag_gemeente_jaar_toegekend on subsidieaanvraag (gemeente, jaar, regeling)
    include (status, toegekend_centen, kern_id)
    where status in ('TOEGEKEND', 'UITBETAALD');
