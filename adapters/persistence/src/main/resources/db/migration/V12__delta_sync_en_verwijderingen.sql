-- Delta sync on every staff list (docs/adr/0019): each list's updatedSince query filters on the
-- gemeente and orders by (gewijzigd_op, id), so an index led by the gemeente serves it.
create index vraag_gemeente_gewijzigd_op_id on vraag (gemeente, gewijzigd_op, id);
create index bijeenkomst_gemeente_gewijzigd_op_id on bijeenkomst (gemeente, gewijzigd_op, id);
create index indicator_gemeente_gewijzigd_op_id on indicator (gemeente, gewijzigd_op, id);
create index subsidieaanvraag_gemeente_gewijzigd_op_id on subsidieaanvraag (gemeente, gewijzigd_op, id);
-- the applications list without updatedSince: the gemeente's (or one initiative's) oldest first
create index subsidieaanvraag_gemeente_aangemaakt_op_id on subsidieaanvraag (gemeente, aangemaakt_op, id);

-- Tombstones: what left an integrator's view, why and when, written in the removal's own
-- transaction. Kinds, ids, a reason and a moment: never personal data.
create table verwijdering (
    id             uuid          primary key,
    gemeente       char(4)       not null references gemeente (code),
    soort          varchar(30)   not null,
    resource_id    uuid          not null,
    reden          varchar(30)   not null,
    verwijderd_op  timestamptz   not null
);
create index verwijdering_gemeente_verwijderd_op_id on verwijdering (gemeente, verwijderd_op, id);
