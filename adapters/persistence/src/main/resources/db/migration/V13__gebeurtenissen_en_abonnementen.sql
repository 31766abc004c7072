-- Events (CloudEvents, NL GOV profile) and webhook subscriptions (docs/adr/0020).

-- Per gemeente a gapless sequence: the row is locked by the transaction that takes a number until it
-- commits, so a later number is never visible before an earlier one and a cursor never skips an event.
create table gebeurtenis_teller (
    gemeente char(4) not null,
    laatste  bigint  not null,
    constraint gebeurtenis_teller_pk primary key (gemeente)
);

-- The feed: one row per event, written in the transaction of the change (from its audit line).
create table gebeurtenis (
    id          uuid          not null,
    gemeente    char(4)       not null,
    volgnummer  bigint        not null,
    type        varchar(100)  not null,
    -- the kind of resource (initiatief, vraag, subsidie, ...), which says where its kernen are
    bron        varchar(40)   not null,
    subject     uuid          not null,
    dataref     varchar(300)  not null,
    tijd        timestamptz   not null,
    kernen      uuid[]        not null default '{}',
    data        jsonb         not null default '{}'::jsonb,
    constraint gebeurtenis_pk primary key (id),
    constraint gebeurtenis_volgnummer_uk unique (gemeente, volgnummer)
);
create index gebeurtenis_type on gebeurtenis (gemeente, type, volgnummer);

-- A beheerder's webhook: which events go where. The secret signs the deliveries, so it is kept
-- as given (it is shown once, at creation).
create table abonnement (
    id          uuid          not null,
    gemeente    char(4)       not null,
    url         varchar(2000) not null,
    typen       varchar(100)[] not null default '{}',
    kern        uuid,
    geheim      varchar(100)  not null,
    aangemaakt_op timestamptz not null,
    constraint abonnement_pk primary key (id)
);
create index abonnement_gemeente on abonnement (gemeente);

-- One delivery per event and subscription, fanned out in the event's own transaction. Claimed with
-- the same lease, backoff and parking as zaak_outbox (docs/adr/0012).
create table bezorging (
    id                 uuid         not null,
    volgnummer         bigint       generated always as identity,
    abonnement_id      uuid         not null,
    gebeurtenis_id     uuid         not null,
    toestand           varchar(20)  not null default 'wachtend',
    pogingen           integer      not null default 0,
    volgende_poging_op timestamptz  not null,
    geclaimd_tot       timestamptz,
    afgehandeld_op     timestamptz,
    laatste_fout       text,
    constraint bezorging_pk primary key (id),
    constraint bezorging_uk unique (abonnement_id, gebeurtenis_id),
    constraint bezorging_abonnement_fk foreign key (abonnement_id) references abonnement (id) on delete cascade,
    constraint bezorging_gebeurtenis_fk foreign key (gebeurtenis_id) references gebeurtenis (id),
    constraint bezorging_toestand_ck check (toestand in ('wachtend', 'afgehandeld', 'geparkeerd'))
);
create index bezorging_open on bezorging (volgende_poging_op, volgnummer) where toestand = 'wachtend';
