-- Participatietrajecten (issue #4): a municipal plan in which residents are involved, its scope
-- (kernen or the whole gemeente), the level's history and the six steps' recorded outcomes.
--
-- Each step's outcome is a document that is always read and written whole and never searched
-- inside, so it is one jsonb column; next to it, when and by whom it was recorded, whose null-ness
-- serves the "open step" filter. The level's history and the kernambtenaren are jsonb for the same
-- reason. What the lists filter on (fase, niveau, owner, kernen in scope) are ordinary columns.
create table participatietraject (
    id                        uuid          not null,
    gemeente                  char(4)       not null,
    onderwerp                 varchar(200)  not null,
    omschrijving              varchar(4000),
    gemeentebreed             boolean       not null,
    eigenaar_naam             varchar(100)  not null,
    eigenaar_email            varchar(254),
    eigenaar_telefoon         varchar(20),
    kernambtenaren            jsonb         not null default '[]'::jsonb,
    start_datum               date,
    eind_datum                date,
    groot                     boolean       not null,
    politiek_gevoelig         boolean       not null,
    startnotitie_datum        date,
    startnotitie_raadsbesluit varchar(2000),
    fase                      varchar(20)   not null,
    niveau                    varchar(20),
    niveauhistorie            jsonb         not null default '[]'::jsonb,
    afweging                  jsonb,
    afweging_op               timestamptz,
    afweging_door             varchar(200),
    betrokkenen               jsonb,
    betrokkenen_op            timestamptz,
    betrokkenen_door          varchar(200),
    niveaubepaling            jsonb,
    niveaubepaling_op         timestamptz,
    niveaubepaling_door       varchar(200),
    communicatieplan          jsonb,
    communicatieplan_op       timestamptz,
    communicatieplan_door     varchar(200),
    middelen                  jsonb,
    middelen_op               timestamptz,
    middelen_door             varchar(200),
    evaluatie                 jsonb,
    evaluatie_op              timestamptz,
    evaluatie_door            varchar(200),
    aangemaakt_op             timestamptz   not null,
    gewijzigd_op              timestamptz   not null,
    versie                    bigint        not null,
    constraint participatietraject_pk primary key (id),
    constraint participatietraject_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint participatietraject_onderwerp_verplicht check (btrim(onderwerp) <> ''),
    constraint participatietraject_eigenaar_verplicht check (btrim(eigenaar_naam) <> ''),
    constraint participatietraject_eind_na_start check (eind_datum is null or start_datum is null or eind_datum >= start_datum),
    constraint participatietraject_startnotitie_volledig
        check ((startnotitie_datum is null) = (startnotitie_raadsbesluit is null)),
    constraint participatietraject_fase_geldig check (fase in ('VOORBEREIDING', 'PARTICIPATIE', 'AFGEROND')),
    constraint participatietraject_niveau_geldig
        check (niveau in ('INFORMEREN', 'RAADPLEGEN', 'ADVISEREN', 'COPRODUCEREN', 'MEEBESLISSEN')),
    constraint participatietraject_versie_niet_negatief check (versie >= 0)
);

-- Keyset pagination (docs/adr/0005): by subject, or by change moment for updatedSince; always
-- within one gemeente (trajecten are read by their own gemeente's staff only). The first index
-- also serves the foreign key. fase, niveau, owner and open step narrow these pages further; a
-- gemeente has tens of trajecten, not thousands, so they get no index of their own.
create index participatietraject_gemeente_onderwerp_id on participatietraject (gemeente, onderwerp, id);
create index participatietraject_gemeente_gewijzigd_op_id on participatietraject (gemeente, gewijzigd_op, id);

-- The kernen in scope, in the order given; the index serves the list's kern filter and the
-- foreign key to kern.
create table participatietraject_kern (
    traject_id uuid    not null,
    volgorde   integer not null,
    kern_id    uuid    not null,
    constraint participatietraject_kern_pk primary key (traject_id, volgorde),
    constraint participatietraject_kern_traject_fk foreign key (traject_id) references participatietraject (id) on delete cascade,
    constraint participatietraject_kern_kern_fk foreign key (kern_id) references kern (id),
    constraint participatietraject_kern_hoogstens_50 check (volgorde between 0 and 49)
);

create index participatietraject_kern_kern_traject on participatietraject_kern (kern_id, traject_id);
