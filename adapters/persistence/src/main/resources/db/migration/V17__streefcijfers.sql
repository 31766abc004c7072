-- A gemeente's monitoring targets (issue #13 item 10, docs/adr/0024): one row per gemeente, made on
-- its first change; until then it reads West Betuwe's. A null target is no target.
create table streefcijfers (
    id                                uuid         not null,
    gemeente                          char(4)      not null,
    percentage_budget_toegekend       numeric(4,1),
    percentage_kernen_met_kernagenda  numeric(4,1),
    aangemaakt_op                     timestamptz  not null,
    gewijzigd_op                      timestamptz  not null,
    versie                            bigint       not null,
    constraint streefcijfers_pk primary key (id),
    constraint streefcijfers_gemeente_uniek unique (gemeente),
    constraint streefcijfers_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint streefcijfers_budget_percentage check (percentage_budget_toegekend between 0 and 100),
    constraint streefcijfers_kernagenda_percentage check (percentage_kernen_met_kernagenda between 0 and 100)
);
