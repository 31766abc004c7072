-- Join down for a while: delivery resumes by itself (issue #17, docs/adr/0012).

-- Per gemeente, whether its case system is reached: consecutive failures over all instances, and
-- once they reach the threshold since when it counts as unreachable and when the next probe may go.
-- One row per gemeente, locked while an instance counts a failure or takes the probe.
create table zaak_verbinding (
    gemeente            char(4)     not null,
    fouten              integer     not null default 0,
    eerste_fout_op      timestamptz,
    onbereikbaar_sinds  timestamptz,
    mislukte_proeven    integer     not null default 0,
    volgende_proef_op   timestamptz,
    constraint zaak_verbinding_pk primary key (gemeente),
    constraint zaak_verbinding_gemeente_fk foreign key (gemeente) references gemeente (code)
);

-- Rows the old rule parked after ten failures to reach Join, or after Join's 5xx or a zaak it did not
-- have yet: none of that was the row's fault, so they wait again, with a fresh count. They still look
-- before they write (eerder_geprobeerd stays true), so nothing arrives twice.
update zaak_outbox
set toestand = 'wachtend', pogingen = 0, volgende_poging_op = now(), geclaimd_tot = null
where toestand = 'geparkeerd'
  and (laatste_fout like 'zaaksysteem onbereikbaar: %'
       or laatste_fout ~ '^zaaksysteem antwoordde (408|429|5[0-9][0-9]) '
       or laatste_fout ~ '^zaak .* staat \(nog\) niet in het zaaksysteem$');
