-- The grant ledger (issue 3, item 8): each gemeente's schemes, the applications of its initiatives,
-- and one budget pot per scheme, year and (for the per-kern scheme) kern. Money is whole cents in
-- bigint columns. As in V1, the checks repeat the domain's rules.

create table subsidieregeling (
    id            uuid         not null,
    gemeente      char(4)      not null,
    soort         varchar(30)  not null,
    naam          varchar(100) not null,
    -- the cap of a capped scheme, the contribution of a fixed one
    bedrag_centen bigint       not null,
    aangemaakt_op timestamptz  not null,
    gewijzigd_op  timestamptz  not null,
    versie        bigint       not null,
    constraint subsidieregeling_pk primary key (id),
    constraint subsidieregeling_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint subsidieregeling_soort_geldig check (soort in ('LEEFBAARHEIDSBUDGET', 'STRAATBIJEENKOMST',
        'BIJZONDERE_INITIATIEVEN')),
    constraint subsidieregeling_naam_verplicht check (btrim(naam) <> ''),
    constraint subsidieregeling_bedrag_positief check (bedrag_centen > 0),
    constraint subsidieregeling_versie_niet_negatief check (versie >= 0)
);

-- One scheme of each kind per gemeente; the first use inserts the defaults with "on conflict do nothing".
create unique index subsidieregeling_gemeente_soort_uniek on subsidieregeling (gemeente, soort);

create table subsidieaanvraag (
    id                     uuid          not null,
    gemeente               char(4)       not null,
    initiatief_id          uuid          not null,
    kern_id                uuid          not null,
    regeling               varchar(30)   not null,
    jaar                   integer       not null,
    omschrijving           varchar(2000) not null,
    bijeenkomst_straat     varchar(100),
    bijeenkomst_activiteit varchar(200),
    bijeenkomst_doelgroep  varchar(100),
    bijeenkomst_datum      date,
    bijeenkomst_open       boolean,
    status                 varchar(20)   not null,
    toegekend_centen       bigint,
    motivering             varchar(2000),
    collegebesluit_kenmerk varchar(100),
    collegebesluit_datum   date,
    besluit_op             timestamptz,
    besluit_door           varchar(200),
    uitbetaald_op          timestamptz,
    uitbetaald_door        varchar(200),
    aangemaakt_op          timestamptz   not null,
    gewijzigd_op           timestamptz   not null,
    versie                 bigint        not null,
    constraint subsidieaanvraag_pk primary key (id),
    constraint subsidieaanvraag_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint subsidieaanvraag_initiatief_fk foreign key (initiatief_id) references initiatief (id),
    constraint subsidieaanvraag_kern_fk foreign key (kern_id) references kern (id),
    constraint subsidieaanvraag_regeling_geldig check (regeling in ('LEEFBAARHEIDSBUDGET', 'STRAATBIJEENKOMST',
        'BIJZONDERE_INITIATIEVEN')),
    constraint subsidieaanvraag_jaar_bereik check (jaar between 2000 and 2100),
    constraint subsidieaanvraag_status_geldig check (status in ('INGEDIEND', 'TOEGEKEND', 'AFGEWEZEN', 'UITBETAALD')),
    constraint subsidieaanvraag_bijeenkomst_bij_straat check ((regeling = 'STRAATBIJEENKOMST')
        = (bijeenkomst_straat is not null)),
    constraint subsidieaanvraag_straat_open check (regeling <> 'STRAATBIJEENKOMST' or bijeenkomst_open),
    constraint subsidieaanvraag_toegekend_bij_toekenning check ((status in ('TOEGEKEND', 'UITBETAALD'))
        = (toegekend_centen is not null and toegekend_centen > 0)),
    constraint subsidieaanvraag_afwijzing_gemotiveerd check (status <> 'AFGEWEZEN' or btrim(motivering) <> ''),
    constraint subsidieaanvraag_college_bij_bijzonder check (regeling <> 'BIJZONDERE_INITIATIEVEN'
        or status = 'INGEDIEND' or collegebesluit_kenmerk is not null),
    constraint subsidieaanvraag_uitbetaald check ((status = 'UITBETAALD') = (uitbetaald_op is not null)),
    constraint subsidieaanvraag_versie_niet_negatief check (versie >= 0)
);

-- An initiative's applications, oldest first.
create index subsidieaanvraag_initiatief on subsidieaanvraag (initiatief_id, aangemaakt_op, id);
-- Monitoring sums grants decided and paid in a period per gemeente.
create index subsidieaanvraag_gemeente_besluit_op on subsidieaanvraag (gemeente, besluit_op);
create index subsidieaanvraag_gemeente_uitbetaald_op on subsidieaanvraag (gemeente, uitbetaald_op);
-- The once-a-year rule for street events looks among the year's granted ones in one street.
create index subsidieaanvraag_straat_toegekend on subsidieaanvraag (gemeente, jaar, lower(bijeenkomst_straat))
    where regeling = 'STRAATBIJEENKOMST' and status in ('TOEGEKEND', 'UITBETAALD');
create index subsidieaanvraag_kern on subsidieaanvraag (kern_id);

create table subsidieaanvraag_begrotingsregel (
    aanvraag_id   uuid         not null,
    volgorde      integer      not null,
    omschrijving  varchar(200) not null,
    categorie     varchar(20)  not null,
    bedrag_centen bigint       not null,
    constraint subsidieaanvraag_begrotingsregel_pk primary key (aanvraag_id, volgorde),
    constraint subsidieaanvraag_begrotingsregel_aanvraag_fk foreign key (aanvraag_id)
        references subsidieaanvraag (id) on delete cascade,
    constraint subsidieaanvraag_begrotingsregel_volgorde_bereik check (volgorde between 0 and 49),
    constraint subsidieaanvraag_begrotingsregel_categorie_geldig check (categorie in ('ORGANISATIE', 'GELUID',
        'DECORATIE', 'SPELLEN', 'PRIJZEN', 'MATERIAAL', 'HUUR', 'COMMUNICATIE', 'ETEN', 'DRINKEN', 'SERVIES',
        'BARBECUE', 'OVERIG')),
    constraint subsidieaanvraag_begrotingsregel_bedrag_positief check (bedrag_centen > 0)
);

create table subsidieaanvraag_criterium (
    aanvraag_id uuid          not null,
    volgorde    integer       not null,
    criterium   varchar(30)   not null,
    voldoet     boolean       not null,
    toelichting varchar(1000) not null,
    constraint subsidieaanvraag_criterium_pk primary key (aanvraag_id, volgorde),
    constraint subsidieaanvraag_criterium_aanvraag_fk foreign key (aanvraag_id)
        references subsidieaanvraag (id) on delete cascade,
    constraint subsidieaanvraag_criterium_geldig check (criterium in ('EFFECT_OP_LEEFOMGEVING',
        'MEERDERE_BEWONERS', 'DRAAGVLAK', 'TOEGANKELIJK'))
);

-- What the grants of one scheme, year and kern (null: the whole gemeente) add up to. A grant adds
-- its amount with one conditional update ("... where toegekend_centen + amount <= cap"), which
-- PostgreSQL serialises on the row: concurrent grants together never pass the cap.
create table subsidiepot (
    id               bigint      generated always as identity,
    gemeente         char(4)     not null,
    regeling         varchar(30) not null,
    kern_id          uuid,
    jaar             integer     not null,
    toegekend_centen bigint      not null default 0,
    constraint subsidiepot_pk primary key (id),
    constraint subsidiepot_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint subsidiepot_kern_fk foreign key (kern_id) references kern (id),
    constraint subsidiepot_uniek unique nulls not distinct (gemeente, regeling, kern_id, jaar),
    constraint subsidiepot_toegekend_niet_negatief check (toegekend_centen >= 0)
);
