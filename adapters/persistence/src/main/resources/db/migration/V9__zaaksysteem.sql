-- Sync with the case system (Join) over the ZGW APIs (docs/adr/0012).

-- The transactional outbox: one row per change that must reach the case system, written in the
-- transaction of the change itself. volgnummer orders a zaak's rows; only the oldest unfinished row
-- of a zaak is ever claimed, so a parked row holds its zaak's later rows back.
create table zaak_outbox (
    id                 uuid         not null,
    volgnummer         bigint       generated always as identity,
    gemeente           char(4)      not null,
    zaaksoort          varchar(20)  not null,
    bron_id            uuid         not null,
    identificatie      varchar(40)  not null,
    opdracht           varchar(20)  not null,
    zaakstatus         varchar(40)  not null,
    moment             timestamptz  not null,
    omschrijving       text,
    toelichting        text,
    initiator          varchar(200),
    toestand           varchar(20)  not null default 'wachtend',
    pogingen           integer      not null default 0,
    -- an attempt may have reached the case system unseen: look before writing (kept when resumed)
    eerder_geprobeerd  boolean      not null default false,
    geplaatst_op       timestamptz  not null,
    volgende_poging_op timestamptz  not null,
    geclaimd_tot       timestamptz,
    afgehandeld_op     timestamptz,
    laatste_fout       text,
    constraint zaak_outbox_pk primary key (id),
    constraint zaak_outbox_volgnummer_uk unique (volgnummer),
    constraint zaak_outbox_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint zaak_outbox_toestand_ck check (toestand in ('wachtend', 'afgehandeld', 'geparkeerd')),
    constraint zaak_outbox_opdracht_ck check (opdracht in ('registreer', 'status'))
);

-- The dispatcher's scan: unfinished rows by gemeente and due time; the per-zaak order check.
create index zaak_outbox_open on zaak_outbox (gemeente, volgende_poging_op) where toestand <> 'afgehandeld';
create index zaak_outbox_zaak on zaak_outbox (identificatie, volgnummer) where toestand <> 'afgehandeld';
create index zaak_outbox_gelukt on zaak_outbox (gemeente, afgehandeld_op) where toestand = 'afgehandeld';

-- Notifications received from the case system; the key is what makes a duplicate a duplicate.
create table zaak_notificatie (
    kanaal        varchar(50)  not null,
    resource_url  varchar(1000) not null,
    actie         varchar(100) not null,
    aanmaakdatum  timestamptz  not null,
    gemeente      char(4)      not null,
    hoofd_object  varchar(1000) not null,
    resource      varchar(100) not null,
    ontvangen_op  timestamptz  not null,
    verwerkt_op   timestamptz,
    constraint zaak_notificatie_pk primary key (kanaal, resource_url, actie, aanmaakdatum),
    constraint zaak_notificatie_gemeente_fk foreign key (gemeente) references gemeente (code)
);

create index zaak_notificatie_onverwerkt on zaak_notificatie (ontvangen_op) where verwerkt_op is null;

-- A change made in the case system that our rules refused: kept for a person to resolve.
create table zaak_conflict (
    id             uuid         not null,
    gemeente       char(4)      not null,
    zaaksoort      varchar(20)  not null,
    bron_id        uuid         not null,
    identificatie  varchar(40)  not null,
    zaak_url       varchar(1000),
    huidige_status varchar(40),
    gevraagde_status varchar(40),
    statustype     varchar(1000),
    code           varchar(60)  not null,
    reden          text         not null,
    ontvangen_op   timestamptz  not null,
    opgelost_op    timestamptz,
    opgelost_door  varchar(200),
    constraint zaak_conflict_pk primary key (id),
    constraint zaak_conflict_gemeente_fk foreign key (gemeente) references gemeente (code)
);

create index zaak_conflict_open on zaak_conflict (gemeente, ontvangen_op) where opgelost_op is null;
