-- Issue 13 item 11 (docs/adr/0029): a scheme is known by its code within its gemeente, so a gemeente
-- can add its own; the three kinds' codes are the defaults' codes. A scheme carries how its money is
-- bounded (with a new per-recipient yearly allowance), its recipients' kind, the cost kinds it does
-- not pay for, and whether it is archived. Applications and pots name the scheme by code.

alter table subsidieregeling add column code varchar(40);
update subsidieregeling set code = lower(replace(soort, '_', '-'));
alter table subsidieregeling alter column code set not null;
alter table subsidieregeling add column budgetsoort varchar(30);
update subsidieregeling set budgetsoort = case soort
    when 'LEEFBAARHEIDSBUDGET' then 'PER_KERN_PER_JAAR'
    when 'STRAATBIJEENKOMST' then 'VAST_BEDRAG'
    else 'PER_GEMEENTE_PER_JAAR' end;
alter table subsidieregeling alter column budgetsoort set not null;
alter table subsidieregeling add column ontvangersoort varchar(30);
alter table subsidieregeling add column gearchiveerd boolean not null default false;

-- The straatbijeenkomst's excluded costs were written in the code; now they are its data.
create table subsidieregeling_uitgesloten_kosten (
    regeling_id  uuid         not null,
    volgorde     integer      not null,
    kostensoort  varchar(20)  not null,
    omschrijving varchar(300) not null,
    constraint subsidieregeling_uitgesloten_kosten_pk primary key (regeling_id, volgorde),
    constraint subsidieregeling_uitgesloten_kosten_regeling_fk foreign key (regeling_id)
        references subsidieregeling (id) on delete cascade,
    constraint subsidieregeling_uitgesloten_kosten_volgorde_bereik check (volgorde between 0 and 12),
    constraint subsidieregeling_uitgesloten_kosten_soort_geldig check (kostensoort in ('ORGANISATIE', 'GELUID',
        'DECORATIE', 'SPELLEN', 'PRIJZEN', 'MATERIAAL', 'HUUR', 'COMMUNICATIE', 'ETEN', 'DRINKEN', 'SERVIES',
        'BARBECUE', 'OVERIG')),
    constraint subsidieregeling_uitgesloten_kosten_omschrijving_verplicht check (btrim(omschrijving) <> ''),
    constraint subsidieregeling_uitgesloten_kosten_soort_uniek unique (regeling_id, kostensoort)
);
insert into subsidieregeling_uitgesloten_kosten (regeling_id, volgorde, kostensoort, omschrijving)
select r.id, u.volgorde, u.kostensoort, u.omschrijving
from subsidieregeling r
cross join (values (0, 'ETEN', 'de bijdrage betaalt het organiseren, geen eten'),
                   (1, 'DRINKEN', 'de bijdrage betaalt het organiseren, geen drinken'),
                   (2, 'SERVIES', 'de bijdrage betaalt het organiseren, geen servies'),
                   (3, 'BARBECUE', 'de bijdrage betaalt het organiseren, geen barbecue')) as u (volgorde, kostensoort, omschrijving)
where r.soort = 'STRAATBIJEENKOMST';

drop index subsidieregeling_gemeente_soort_uniek;
alter table subsidieregeling drop constraint subsidieregeling_soort_geldig;
alter table subsidieregeling drop column soort;
alter table subsidieregeling
    add constraint subsidieregeling_code_kebab check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    add constraint subsidieregeling_code_uniek unique (gemeente, code),
    add constraint subsidieregeling_budgetsoort_geldig check (budgetsoort in ('PER_KERN_PER_JAAR',
        'PER_GEMEENTE_PER_JAAR', 'VAST_BEDRAG', 'PER_ONTVANGER_PER_JAAR')),
    add constraint subsidieregeling_ontvanger_bij_toelage check ((budgetsoort = 'PER_ONTVANGER_PER_JAAR')
        = (ontvangersoort is not null)),
    add constraint subsidieregeling_ontvangersoort_geldig check (ontvangersoort in ('DORPSBELANGENORGANISATIE',
        'SIGNALERINGSGROEP', 'VRIJWILLIGERSCOORDINATOR'));

-- Applications: the scheme's code instead of the kind; the defaults' own rules follow their codes.
alter table subsidieaanvraag drop constraint subsidieaanvraag_regeling_geldig;
alter table subsidieaanvraag drop constraint subsidieaanvraag_bijeenkomst_bij_straat;
alter table subsidieaanvraag drop constraint subsidieaanvraag_straat_open;
alter table subsidieaanvraag drop constraint subsidieaanvraag_college_bij_bijzonder;
drop index subsidieaanvraag_straat_toegekend;
alter table subsidieaanvraag alter column regeling type varchar(40);
update subsidieaanvraag set regeling = lower(replace(regeling, '_', '-'));
alter table subsidieaanvraag
    add constraint subsidieaanvraag_regeling_kebab check (regeling ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    add constraint subsidieaanvraag_bijeenkomst_bij_straat check ((regeling = 'straatbijeenkomst')
        = (bijeenkomst_straat is not null)),
    add constraint subsidieaanvraag_straat_open check (regeling <> 'straatbijeenkomst' or bijeenkomst_open),
    add constraint subsidieaanvraag_college_bij_bijzonder check (regeling <> 'bijzondere-initiatieven'
        or status = 'INGEDIEND' or collegebesluit_kenmerk is not null);
create index subsidieaanvraag_straat_toegekend on subsidieaanvraag (gemeente, jaar, lower(bijeenkomst_straat))
    where regeling = 'straatbijeenkomst' and status in ('TOEGEKEND', 'UITBETAALD');

-- Pots: a per-recipient allowance's pot has its recipient's kern, or none for the gemeente's own function.
alter table subsidiepot alter column regeling type varchar(40);
update subsidiepot set regeling = lower(replace(regeling, '_', '-'));
