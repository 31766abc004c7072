-- Terms that run out by the passing of time are reported once as events (docs/adr/0020): the
-- claim sets the marker, so a second round or a second instance skips the item.
alter table vraag add column termijn_verlopen_gemeld_op timestamptz;
alter table bijeenkomst add column terugkoppeling_verlopen_gemeld_op timestamptz;

-- Only the items still to report, which stay few: the scan reads these indexes, not the tables.
create index vraag_termijn_te_melden on vraag (gemeente, lopende_deadline)
    where termijn_verlopen_gemeld_op is null and lopende_deadline is not null and spam_op is null;
create index bijeenkomst_terugkoppeling_te_melden on bijeenkomst (gemeente, terugkoppeling_uiterlijk)
    where terugkoppeling_verlopen_gemeld_op is null and terugkoppeling_datum is null;
