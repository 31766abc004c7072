-- Budget rounds per kern (docs/adr/0022): residents' ideas and the voting codes, of which only the
-- SHA-256 is kept. A code's row is also its one ballot (the chosen ideas), so one code can never
-- hold two ballots, however many arrive at once. As in V1, the checks repeat the domain's rules.

create table begrotingsronde (
    id               uuid        not null,
    gemeente         char(4)     not null,
    kern_id          uuid        not null,
    jaar             integer     not null,
    bedrag_centen    bigint      not null,
    ideeen_van       date        not null,
    ideeen_tot       date        not null,
    stemmen_van      date        not null,
    stemmen_tot      date        not null,
    stemwijze        varchar(20) not null,
    geopend_op       timestamptz not null,
    gesloten_op      timestamptz,
    toegewezen_centen bigint,
    versie           bigint      not null,
    constraint begrotingsronde_pk primary key (id),
    constraint begrotingsronde_kern_fk foreign key (kern_id) references kern (id),
    constraint begrotingsronde_jaar_bereik check (jaar between 2000 and 2100),
    constraint begrotingsronde_bedrag_positief check (bedrag_centen > 0),
    constraint begrotingsronde_ideeenperiode check (ideeen_tot > ideeen_van),
    constraint begrotingsronde_stemperiode check (stemmen_tot > stemmen_van and stemmen_van >= ideeen_van
        and stemmen_tot >= ideeen_tot),
    constraint begrotingsronde_stemwijze_geldig check (stemwijze in ('GOEDKEURING', 'BINNEN_BEDRAG')),
    constraint begrotingsronde_gesloten_met_toewijzing check ((gesloten_op is null) = (toegewezen_centen is null)),
    constraint begrotingsronde_toewijzing_binnen_bedrag check (toegewezen_centen <= bedrag_centen)
);

create index begrotingsronde_kern_jaar on begrotingsronde (kern_id, jaar);

create table begrotingsidee (
    id            uuid          not null,
    ronde_id      uuid          not null,
    titel         varchar(200)  not null,
    omschrijving  varchar(2000) not null,
    kosten_centen bigint        not null,
    ingediend_op  timestamptz   not null,
    status        varchar(20)   not null,
    motivering    varchar(2000),
    constraint begrotingsidee_pk primary key (id),
    constraint begrotingsidee_ronde_fk foreign key (ronde_id) references begrotingsronde (id),
    constraint begrotingsidee_kosten_positief check (kosten_centen > 0),
    constraint begrotingsidee_status_geldig check (status in ('INGEDIEND', 'AANVAARD', 'AFGEWEZEN')),
    constraint begrotingsidee_oordeel_met_motivering check ((status = 'INGEDIEND') = (motivering is null))
);

create index begrotingsidee_ronde on begrotingsidee (ronde_id, ingediend_op, id);

create table begrotingsstemcode (
    hash          char(64)    not null,
    ronde_id      uuid        not null,
    uitgegeven_op timestamptz not null,
    keuzes        uuid[],
    gestemd_op    timestamptz,
    constraint begrotingsstemcode_pk primary key (hash),
    constraint begrotingsstemcode_ronde_fk foreign key (ronde_id) references begrotingsronde (id),
    constraint begrotingsstemcode_gestemd check ((keuzes is null) = (gestemd_op is null))
);

create index begrotingsstemcode_ronde on begrotingsstemcode (ronde_id);
