-- Issue 13 item 11 (docs/adr/0027): a scheme's purpose test and a decision's answers to it, and
-- signaleringsgroepen in the kern register.

-- The criteria of a scheme's purpose test, in the gemeente's order; none until the gemeente sets them.
create table subsidieregeling_doelcriterium (
    regeling_id  uuid         not null,
    volgorde     integer      not null,
    code         varchar(60)  not null,
    omschrijving varchar(300) not null,
    constraint subsidieregeling_doelcriterium_pk primary key (regeling_id, volgorde),
    constraint subsidieregeling_doelcriterium_regeling_fk foreign key (regeling_id)
        references subsidieregeling (id) on delete cascade,
    constraint subsidieregeling_doelcriterium_volgorde_bereik check (volgorde between 0 and 9),
    constraint subsidieregeling_doelcriterium_code_kebab check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint subsidieregeling_doelcriterium_omschrijving_verplicht check (btrim(omschrijving) <> ''),
    constraint subsidieregeling_doelcriterium_code_uniek unique (regeling_id, code)
);

-- A decision's answers to the purpose test its scheme had when it was taken.
create table subsidieaanvraag_doeltoets (
    aanvraag_id uuid         not null,
    volgorde    integer      not null,
    criterium   varchar(60)  not null,
    voldoet     boolean      not null,
    toelichting varchar(500) not null,
    constraint subsidieaanvraag_doeltoets_pk primary key (aanvraag_id, volgorde),
    constraint subsidieaanvraag_doeltoets_aanvraag_fk foreign key (aanvraag_id)
        references subsidieaanvraag (id) on delete cascade,
    constraint subsidieaanvraag_doeltoets_volgorde_bereik check (volgorde between 0 and 9),
    constraint subsidieaanvraag_doeltoets_toelichting_verplicht check (btrim(toelichting) <> ''),
    constraint subsidieaanvraag_doeltoets_criterium_uniek unique (aanvraag_id, criterium)
);

alter table kern_communicatiekanaal drop constraint kern_communicatiekanaal_type_geldig;
alter table kern_communicatiekanaal add constraint kern_communicatiekanaal_type_geldig check (type in ('LICHTKRANT',
    'DORPSKRANT', 'WHATSAPP_GROEP', 'SIGNALERINGSGROEP', 'FACEBOOK_PAGINA', 'WEBSITE', 'NIEUWSBRIEF',
    'BEWONERSVERENIGING', 'HULPPUNT', 'ANDERS'));
