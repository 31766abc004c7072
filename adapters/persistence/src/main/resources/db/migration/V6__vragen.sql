-- Residents' questions (issue 5) and the gemeente's choice of how the answer term counts.

alter table gemeente add column antwoordtermijn_soort varchar(20) not null default 'KALENDERDAGEN';
alter table gemeente add constraint gemeente_antwoordtermijn_soort_geldig
    check (antwoordtermijn_soort in ('KALENDERDAGEN', 'WERKDAGEN'));

-- The status history and the pauses are always read and written whole with the question and never
-- searched inside, so they are jsonb (as the traject's level history). What lists and monitoring
-- filter or count on are ordinary columns; lopende_deadline and termijn_gehaald are derived from
-- the aggregate by the mapper, never read back as truth.
create table vraag (
    id                    uuid          not null,
    gemeente              char(4)       not null,
    kern_id               uuid          not null,
    onderwerp             varchar(200)  not null,
    tekst                 varchar(5000) not null,
    -- personal data: the asker
    vrager_naam           varchar(100)  not null,
    vrager_email          varchar(254),
    vrager_telefoon       varchar(20),
    ontvangen_op          timestamptz   not null,
    kernambtenaar_naam    varchar(100),
    kernambtenaar_email   varchar(254),
    kernambtenaar_telefoon varchar(20),
    termijn_dagen         integer       not null,
    termijn_soort         varchar(20)   not null,
    behandelaar_naam      varchar(100),
    behandelaar_email     varchar(254),
    behandelaar_telefoon  varchar(20),
    status                varchar(30)   not null,
    statushistorie        jsonb         not null,
    pauzes                jsonb         not null default '[]'::jsonb,
    eerste_reactie_op     timestamptz,
    verwacht_antwoord_op  date,
    -- the deadline while it runs (no reaction yet, not closed, not paused); null otherwise
    lopende_deadline      timestamptz,
    -- whether the term was met, once that is settled (a reaction, or closing without one)
    termijn_gehaald       boolean,
    gewijzigd_op          timestamptz   not null,
    versie                bigint        not null,
    constraint vraag_pk primary key (id),
    constraint vraag_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint vraag_kern_fk foreign key (kern_id) references kern (id),
    constraint vraag_onderwerp_verplicht check (btrim(onderwerp) <> ''),
    constraint vraag_tekst_verplicht check (btrim(tekst) <> ''),
    constraint vraag_vrager_verplicht check (btrim(vrager_naam) <> ''),
    constraint vraag_termijn_bereik check (termijn_dagen between 1 and 60),
    constraint vraag_termijn_soort_geldig check (termijn_soort in ('KALENDERDAGEN', 'WERKDAGEN')),
    constraint vraag_status_geldig check (status in ('ONTVANGEN', 'DOORGEZET', 'PROCESANTWOORD_GEGEVEN',
        'BEANTWOORD', 'WACHT_OP_INWONER', 'GESLOTEN')),
    constraint vraag_behandelaar_bij_doorgezet check (status <> 'DOORGEZET' or behandelaar_naam is not null),
    constraint vraag_versie_niet_negatief check (versie >= 0)
);

-- Keyset pagination (docs/adr/0005) within one gemeente: by receipt, or for the due and overdue
-- lists by running deadline (partial: only running deadlines are ever listed that way).
create index vraag_gemeente_ontvangen_op_id on vraag (gemeente, ontvangen_op, id);
create index vraag_gemeente_lopende_deadline_id on vraag (gemeente, lopende_deadline, id)
    where lopende_deadline is not null;
create index vraag_kern on vraag (kern_id);
