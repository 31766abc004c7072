-- Issue 13 item 10 (ADR 28): West Betuwe's other three targets (002). A gemeente that stored its own
-- targets before they existed gets West Betuwe's for these, as every gemeente starts with them.
alter table streefcijfers
    add column minimaal_rapportcijfer numeric(3,1)
        constraint streefcijfers_rapportcijfer check (minimaal_rapportcijfer between 1 and 10),
    add column minimale_leefbaarometer numeric(3,1)
        constraint streefcijfers_leefbaarometer check (minimale_leefbaarometer between 1 and 10),
    add column percentage_gebieden_met_overlegtafel numeric(4,1)
        constraint streefcijfers_overlegtafel_percentage check (percentage_gebieden_met_overlegtafel between 0 and 100);
update streefcijfers set minimaal_rapportcijfer = 7.0, minimale_leefbaarometer = 7.0,
                         percentage_gebieden_met_overlegtafel = 100.0;
