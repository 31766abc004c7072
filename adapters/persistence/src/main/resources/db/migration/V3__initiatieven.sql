-- Initiatieven of residents (issue 3) with their lifecycle, Rol decisions and contacts. As in V1,
-- the checks repeat the domain's rules, and every list keeps its order in volgorde (0-based).

create table initiatief (
    id                      uuid          not null,
    gemeente                char(4)       not null,
    kern_id                 uuid          not null,
    referentie              varchar(22)   not null,
    titel                   varchar(200)  not null,
    omschrijving            varchar(5000) not null,
    georganiseerd           boolean       not null,
    structureel             boolean       not null,
    right_to_challenge      boolean       not null,
    contactpersoon_naam     varchar(100),
    contactpersoon_email    varchar(254),
    contactpersoon_telefoon varchar(20),
    status                  varchar(20)   not null,
    -- derived from the histories, kept here so the list can filter on them with an index
    rol                     varchar(20),
    laatste_contact_op      timestamptz   not null,
    aangemaakt_op           timestamptz   not null,
    gewijzigd_op            timestamptz   not null,
    versie                  bigint        not null,
    constraint initiatief_pk primary key (id),
    constraint initiatief_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint initiatief_kern_fk foreign key (kern_id) references kern (id),
    constraint initiatief_referentie_vorm check (referentie ~ '^[A-Za-z0-9_-]{22}$'),
    constraint initiatief_titel_verplicht check (btrim(titel) <> ''),
    constraint initiatief_omschrijving_verplicht check (btrim(omschrijving) <> ''),
    constraint initiatief_status_geldig check (status in ('INGEDIEND', 'IN_BEHANDELING', 'ROL_BEPAALD',
        'IN_UITVOERING', 'AFGEROND', 'AFGEWEZEN', 'INGETROKKEN')),
    constraint initiatief_rol_geldig check (rol in ('LOSLATEN', 'STIMULEREN', 'FACILITEREN', 'COPRODUCEREN')),
    constraint initiatief_rol_bij_rol_bepaald check (status not in ('ROL_BEPAALD', 'IN_UITVOERING') or rol is not null),
    constraint initiatief_versie_niet_negatief check (versie >= 0)
);

-- The public status is looked up by its reference; unique also guards against a (2^-128) collision.
create unique index initiatief_referentie_uniek on initiatief (referentie);

-- Keyset pagination (docs/adr/0005): the list is always within one gemeente, by submission or,
-- for delta sync, by change moment. The first also serves the foreign key to gemeente.
create index initiatief_gemeente_aangemaakt_op_id on initiatief (gemeente, aangemaakt_op, id);
create index initiatief_gemeente_gewijzigd_op_id on initiatief (gemeente, gewijzigd_op, id);
create index initiatief_kern on initiatief (kern_id);

create table initiatief_ondersteuning (
    initiatief_id uuid        not null,
    ondersteuning varchar(30) not null,
    constraint initiatief_ondersteuning_pk primary key (initiatief_id, ondersteuning),
    constraint initiatief_ondersteuning_initiatief_fk foreign key (initiatief_id) references initiatief (id) on delete cascade,
    constraint initiatief_ondersteuning_geldig check (ondersteuning in ('GELD', 'KENNIS', 'BELEIDSRUIMTE',
        'VAST_AANSPREEKPUNT', 'NETWERK', 'FACILITEITEN'))
);

-- Personal data: the initiators.
create table initiatief_betrokkene (
    initiatief_id uuid         not null,
    volgorde      integer      not null,
    naam          varchar(100) not null,
    email         varchar(254),
    telefoon      varchar(20),
    constraint initiatief_betrokkene_pk primary key (initiatief_id, volgorde),
    constraint initiatief_betrokkene_initiatief_fk foreign key (initiatief_id) references initiatief (id) on delete cascade,
    constraint initiatief_betrokkene_hoogstens_20 check (volgorde between 0 and 19),
    constraint initiatief_betrokkene_naam_verplicht check (btrim(naam) <> '')
);

-- The histories are never shortened: oldest first, a change appends a row.
create table initiatief_statusovergang (
    initiatief_id uuid          not null,
    volgorde      integer       not null,
    van           varchar(20),
    naar          varchar(20)   not null,
    op            timestamptz   not null,
    door          varchar(200)  not null,
    reden         varchar(2000),
    constraint initiatief_statusovergang_pk primary key (initiatief_id, volgorde),
    constraint initiatief_statusovergang_initiatief_fk foreign key (initiatief_id) references initiatief (id) on delete cascade,
    constraint initiatief_statusovergang_volgorde_niet_negatief check (volgorde >= 0),
    constraint initiatief_statusovergang_afwijzing_gemotiveerd check (naar <> 'AFGEWEZEN' or btrim(reden) <> '')
);

create table initiatief_rolbepaling (
    initiatief_id uuid          not null,
    volgorde      integer       not null,
    rol           varchar(20)   not null,
    fase          varchar(20)   not null,
    reden         varchar(2000) not null,
    op            timestamptz   not null,
    door          varchar(200)  not null,
    constraint initiatief_rolbepaling_pk primary key (initiatief_id, volgorde),
    constraint initiatief_rolbepaling_initiatief_fk foreign key (initiatief_id) references initiatief (id) on delete cascade,
    constraint initiatief_rolbepaling_volgorde_niet_negatief check (volgorde >= 0),
    constraint initiatief_rolbepaling_reden_verplicht check (btrim(reden) <> '')
);

create table initiatief_contactmoment (
    initiatief_id uuid          not null,
    volgorde      integer       not null,
    op            timestamptz   not null,
    kanaal        varchar(20)   not null,
    samenvatting  varchar(2000) not null,
    door          varchar(200)  not null,
    constraint initiatief_contactmoment_pk primary key (initiatief_id, volgorde),
    constraint initiatief_contactmoment_initiatief_fk foreign key (initiatief_id) references initiatief (id) on delete cascade,
    constraint initiatief_contactmoment_volgorde_niet_negatief check (volgorde >= 0),
    constraint initiatief_contactmoment_kanaal_geldig check (kanaal in ('GESPREK', 'TELEFOON', 'EMAIL', 'BRIEF', 'ANDERS')),
    constraint initiatief_contactmoment_samenvatting_verplicht check (btrim(samenvatting) <> '')
);

-- Agreements: settled ones keep their row, with the reason when not kept.
create table initiatief_afspraak (
    initiatief_id     uuid          not null,
    volgorde          integer       not null,
    id                uuid          not null,
    wat               varchar(500)  not null,
    door              varchar(20)   not null,
    verantwoordelijke varchar(100)  not null,
    deadline          date          not null,
    status            varchar(20)   not null,
    reden             varchar(2000),
    constraint initiatief_afspraak_pk primary key (initiatief_id, volgorde),
    constraint initiatief_afspraak_initiatief_fk foreign key (initiatief_id) references initiatief (id) on delete cascade,
    constraint initiatief_afspraak_id_uniek unique (id),
    constraint initiatief_afspraak_volgorde_niet_negatief check (volgorde >= 0),
    constraint initiatief_afspraak_door_geldig check (door in ('GEMEENTE', 'INITIATIEFNEMERS')),
    constraint initiatief_afspraak_status_geldig check (status in ('OPEN', 'NAGEKOMEN', 'NIET_NAGEKOMEN')),
    constraint initiatief_afspraak_reden_bij_niet_nagekomen check (status <> 'NIET_NAGEKOMEN' or btrim(reden) <> '')
);

-- The overdue list: open agreements by due date.
create index initiatief_afspraak_open_deadline on initiatief_afspraak (deadline) where status = 'OPEN';

-- The five steps of the guide: at most one recorded outcome each (earlier ones are in the audit trail).
create table initiatief_stap (
    initiatief_id   uuid          not null,
    volgorde        integer       not null,
    stap            varchar(30)   not null,
    uitkomst        varchar(2000) not null,
    datum           date          not null,
    vastgelegd_door varchar(200)  not null,
    constraint initiatief_stap_pk primary key (initiatief_id, volgorde),
    constraint initiatief_stap_initiatief_fk foreign key (initiatief_id) references initiatief (id) on delete cascade,
    constraint initiatief_stap_volgorde_bereik check (volgorde between 0 and 4),
    constraint initiatief_stap_geldig check (stap in ('KEN_DE_GESCHIEDENIS', 'BEPAAL_JE_HOUDING', 'BEPAAL_JE_ROL',
        'ZORG_VOOR_DUIDELIJKHEID', 'EVALUEER_EN_LEER')),
    constraint initiatief_stap_uitkomst_verplicht check (btrim(uitkomst) <> '')
);

-- Step 1 looks for earlier initiatives in the same kern that resemble this one: full-text search
-- with the Dutch configuration over title and description, kept by PostgreSQL itself.
alter table initiatief add column zoektekst tsvector
    generated always as (to_tsvector('dutch', titel || ' ' || omschrijving)) stored;
create index initiatief_zoektekst on initiatief using gin (zoektekst);
