-- Monitoring counts grants per budget year, as the ledger's pots do (docs/adr/0017), no longer
-- by decision or payment date: one index on the year's grants replaces the two on the dates.
create index subsidieaanvraag_gemeente_jaar_toegekend on subsidieaanvraag (gemeente, jaar, regeling)
    where status in ('TOEGEKEND', 'UITBETAALD');
drop index subsidieaanvraag_gemeente_besluit_op;
drop index subsidieaanvraag_gemeente_uitbetaald_op;
