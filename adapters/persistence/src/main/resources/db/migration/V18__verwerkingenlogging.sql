-- Privacy by design (issue #14, docs/adr/0018): the processing log (verwerkingenlogging, after
-- Logius' Logboek Dataverwerkingen) and the register of processing activities it refers to.

-- The register of processing activities (AVG art. 30) as data. A row without gemeente is the
-- default every gemeente has; a gemeente's own row with the same code replaces it for that gemeente.
create table verwerkingsactiviteit (
    gemeente   char(4),
    code       varchar(60)  not null,
    naam       varchar(200) not null,
    grondslag  varchar(300) not null,
    constraint verwerkingsactiviteit_uniek unique nulls not distinct (gemeente, code),
    constraint verwerkingsactiviteit_gemeente_fk foreign key (gemeente) references gemeente (code)
);

insert into verwerkingsactiviteit (gemeente, code, naam, grondslag) values
    (null, 'initiatieven', 'Inwonersinitiatieven ondersteunen en behandelen',
     'AVG art. 6 lid 1 sub e: taak van algemeen belang (Gemeentewet art. 150, participatie)'),
    (null, 'vragen', 'Vragen van inwoners beantwoorden',
     'AVG art. 6 lid 1 sub e: taak van algemeen belang (Awb, behandeling van verzoeken)'),
    (null, 'inzageverzoeken', 'Verzoeken om inzage in persoonsgegevens beantwoorden',
     'AVG art. 6 lid 1 sub c: wettelijke verplichting (AVG art. 15)'),
    (null, 'verwijderverzoeken', 'Verzoeken om wissing van persoonsgegevens uitvoeren',
     'AVG art. 6 lid 1 sub c: wettelijke verplichting (AVG art. 17)');

-- One row per read or change of personal data. It never holds the data itself: the data subjects
-- are pseudonyms (a keyed hash, see pseudoniemsleutel), the records are ids.
create table verwerking (
    id            uuid          not null,
    gemeente      char(4)       not null,
    op            timestamptz   not null,
    activiteit    varchar(60)   not null,
    naam          varchar(200)  not null,
    grondslag     varchar(300)  not null,
    handeling     varchar(20)   not null,
    gebruiker     varchar(200)  not null,
    rollen        varchar(100)  not null,
    objectsoort   varchar(40)   not null,
    objecten      uuid[]        not null,
    betrokkenen   text[]        not null,
    trace_id      varchar(32),
    constraint verwerking_pk primary key (id),
    constraint verwerking_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint verwerking_handeling_geldig check (handeling in ('raadplegen', 'wijzigen', 'verwijderen'))
);

-- An access request reads every entry about one data subject.
create index verwerking_betrokkenen on verwerking using gin (betrokkenen);
create index verwerking_gemeente_op on verwerking (gemeente, op);

-- Append-only as the audit trail: a property of the table, not only of the code that writes it.
create function verwerking_onveranderlijk() returns trigger language plpgsql as $$
begin
    raise exception 'verwerking is append-only: % is not allowed', tg_op;
end;
$$;

create trigger verwerking_alleen_toevoegen
    before update or delete on verwerking
    for each row execute function verwerking_onveranderlijk();

-- The key of the pseudonyms: one random value per database, made here and never shown by the API.
-- Kept with the data, so the log alone (an export, a copy for an auditor) names nobody.
create table pseudoniemsleutel (
    sleutel  varchar(100) not null
);
insert into pseudoniemsleutel (sleutel)
select replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
