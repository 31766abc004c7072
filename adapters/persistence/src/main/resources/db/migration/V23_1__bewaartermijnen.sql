-- Retention of residents' personal data (issue #14 item 2, docs/adr/0018): per gemeente the months
-- after closure, null meaning the default of Bewaartermijnen; and per record the moment the
-- retention job anonymised it, so it is claimed once and the claim query can skip it.
alter table gemeente add column bewaartermijn_initiatief_maanden integer;
alter table gemeente add column bewaartermijn_vraag_maanden integer;
alter table gemeente add column bewaartermijn_bijeenkomstdeelnemers_maanden integer;
alter table gemeente add column bewaartermijn_subsidieaanvraag_maanden integer;
alter table gemeente add constraint gemeente_bewaartermijnen_binnen_bereik check (
    bewaartermijn_initiatief_maanden between 1 and 1200
    and bewaartermijn_vraag_maanden between 1 and 1200
    and bewaartermijn_bijeenkomstdeelnemers_maanden between 1 and 1200
    and bewaartermijn_subsidieaanvraag_maanden between 1 and 1200);

alter table initiatief add column bewaartermijn_verstreken_op timestamptz;
alter table vraag add column bewaartermijn_verstreken_op timestamptz;

-- The candidates: closed and not yet anonymised.
create index initiatief_bewaring_open on initiatief (status) where bewaartermijn_verstreken_op is null;
create index vraag_bewaring_open on vraag (status) where bewaartermijn_verstreken_op is null;

insert into verwerkingsactiviteit (gemeente, code, naam, grondslag) values
    (null, 'bewaartermijnen', 'Persoonsgegevens anonimiseren na afloop van de bewaartermijn',
     'AVG art. 5 lid 1 sub e: opslagbeperking');
