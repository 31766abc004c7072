-- Gemeenten, their kernen with the full function history, and the claimed Idempotency-Keys.
-- The checks repeat the domain's rules, so rows written around the application (a script, a
-- repair by hand) cannot make an aggregate that fails to reconstitute.

-- Trigram indexes serve the list's text filter (a substring of name or area). pg_trgm ships with
-- PostgreSQL's contrib, also in the embedded binaries, and is a trusted extension: the database
-- owner may create it without superuser rights.
create extension if not exists pg_trgm;

create table gemeente (
    code                     char(4)      not null,
    naam                     varchar(100) not null,
    rsin                     char(9)      not null,
    antwoordtermijn_dagen    integer      not null,
    terugkoppeltermijn_dagen integer      not null,
    stilte_drempel_dagen     integer      not null,
    aangemaakt_op            timestamptz  not null,
    gewijzigd_op             timestamptz  not null,
    versie                   bigint       not null,
    constraint gemeente_pk primary key (code),
    constraint gemeente_code_vier_cijfers check (code ~ '^[0-9]{4}$'),
    constraint gemeente_naam_verplicht check (btrim(naam) <> ''),
    constraint gemeente_rsin_negen_cijfers check (rsin ~ '^[0-9]{9}$'),
    constraint gemeente_antwoordtermijn_bereik check (antwoordtermijn_dagen between 1 and 60),
    constraint gemeente_terugkoppeltermijn_bereik check (terugkoppeltermijn_dagen between 1 and 90),
    constraint gemeente_stilte_drempel_bereik check (stilte_drempel_dagen between 1 and 365),
    constraint gemeente_versie_niet_negatief check (versie >= 0)
);
-- The gemeenten list pages on the primary key (code): no further index.

create table kern (
    id            uuid         not null,
    gemeente      char(4)      not null,
    naam          varchar(100) not null,
    gebied        varchar(100),
    uitrolfase    varchar(20)  not null,
    gearchiveerd  boolean      not null,
    aangemaakt_op timestamptz  not null,
    gewijzigd_op  timestamptz  not null,
    versie        bigint       not null,
    constraint kern_pk primary key (id),
    constraint kern_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint kern_naam_verplicht check (btrim(naam) <> ''),
    constraint kern_gebied_niet_leeg check (gebied is null or btrim(gebied) <> ''),
    constraint kern_uitrolfase_geldig check (uitrolfase in ('BEGINSITUATIE', 'STARTEN', 'UITVOEREN')),
    constraint kern_versie_niet_negatief check (versie >= 0)
);

-- One name per gemeente, whatever the case; the adapter turns a violation (two concurrent
-- requests) into 'kern-bestaat-al', and naamInGebruik looks names up through it.
create unique index kern_naam_uniek_per_gemeente on kern (gemeente, lower(naam));

-- Keyset pagination (docs/adr/0005): each order of the kernen list, with and without a gemeente
-- filter, has an index whose columns are the filter then the order, ending on id for uniqueness.
-- The first one also serves the foreign key to gemeente.
create index kern_gemeente_naam_id on kern (gemeente, naam, id);
create index kern_naam_id on kern (naam, id);
create index kern_gemeente_gewijzigd_op_id on kern (gemeente, gewijzigd_op, id);
create index kern_gewijzigd_op_id on kern (gewijzigd_op, id);

-- The text filter: lower(naam) / lower(gebied) like '%...%'; also serves the equality filter on gebied.
create index kern_naam_trigram on kern using gin (lower(naam) gin_trgm_ops);
create index kern_gebied_trigram on kern using gin (lower(gebied) gin_trgm_ops);

-- Lists of value objects keep their order in volgorde (0-based), the way Hibernate maps an
-- ordered @ElementCollection; the key (kern_id, volgorde) also loads a kern's rows in order.
create table kern_dorpsbelangenorganisatie (
    kern_id          uuid         not null,
    volgorde         integer      not null,
    naam             varchar(150) not null,
    convenant_datum  date,
    convenant_status varchar(20)  not null,
    constraint kern_dorpsbelangenorganisatie_pk primary key (kern_id, volgorde),
    constraint kern_dorpsbelangenorganisatie_kern_fk foreign key (kern_id) references kern (id) on delete cascade,
    constraint kern_dorpsbelangenorganisatie_hoogstens_50 check (volgorde between 0 and 49),
    constraint kern_dorpsbelangenorganisatie_naam_verplicht check (btrim(naam) <> ''),
    constraint kern_dorpsbelangenorganisatie_status_geldig
        check (convenant_status in ('GEEN', 'IN_VOORBEREIDING', 'AFGESLOTEN', 'BEEINDIGD')),
    constraint kern_dorpsbelangenorganisatie_datum_bij_convenant
        check (convenant_status not in ('AFGESLOTEN', 'BEEINDIGD') or convenant_datum is not null)
);

create table kern_communicatiekanaal (
    kern_id  uuid         not null,
    volgorde integer      not null,
    type     varchar(30)  not null,
    naam     varchar(150) not null,
    bereik   integer,
    constraint kern_communicatiekanaal_pk primary key (kern_id, volgorde),
    constraint kern_communicatiekanaal_kern_fk foreign key (kern_id) references kern (id) on delete cascade,
    constraint kern_communicatiekanaal_hoogstens_50 check (volgorde between 0 and 49),
    constraint kern_communicatiekanaal_type_geldig check (type in ('LICHTKRANT', 'DORPSKRANT', 'WHATSAPP_GROEP',
        'FACEBOOK_PAGINA', 'WEBSITE', 'NIEUWSBRIEF', 'BEWONERSVERENIGING', 'HULPPUNT', 'ANDERS')),
    constraint kern_communicatiekanaal_naam_verplicht check (btrim(naam) <> ''),
    constraint kern_communicatiekanaal_bereik_niet_negatief check (bereik >= 0)
);

-- The history is never shortened: oldest first, a handover ends one row and appends the next.
create table kern_functievervulling (
    kern_id           uuid          not null,
    volgorde          integer       not null,
    functie           varchar(20)   not null,
    persoon_naam      varchar(100)  not null,
    persoon_email     varchar(254),
    persoon_telefoon  varchar(20),
    van               timestamptz   not null,
    tot               timestamptz,
    overgedragen_door text,
    notitie           varchar(2000),
    constraint kern_functievervulling_pk primary key (kern_id, volgorde),
    constraint kern_functievervulling_kern_fk foreign key (kern_id) references kern (id) on delete cascade,
    constraint kern_functievervulling_volgorde_niet_negatief check (volgorde >= 0),
    constraint kern_functievervulling_functie_geldig check (functie in ('KERNAMBTENAAR', 'KERNWETHOUDER')),
    constraint kern_functievervulling_persoon_verplicht check (btrim(persoon_naam) <> '')
);

-- A claimed Idempotency-Key (docs/adr/0004). Inserted with ON CONFLICT DO NOTHING: the primary key
-- decides which of two concurrent requests may go ahead. status and the rest stay null while the
-- first request runs.
create table idempotentie_sleutel (
    bereik       text         not null,
    sleutel      varchar(255) not null,
    vingerafdruk text         not null,
    status       integer,
    locatie      text,
    etag         text,
    inhoud       text,
    verloopt_op  timestamptz  not null,
    constraint idempotentie_sleutel_pk primary key (bereik, sleutel),
    constraint idempotentie_sleutel_status_http check (status between 100 and 599)
);

-- Expired keys are deleted before every claim.
create index idempotentie_sleutel_verloopt_op on idempotentie_sleutel (verloopt_op);
