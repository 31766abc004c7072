-- Bijeenkomsten (issue #5, item 3): a meeting in or for one or more kernen, its feedback term and
-- the feedback that settles it. The due date is stored (the meeting's day plus the gemeente's term
-- when it was recorded), so the overdue list and the monitoring counts are plain comparisons.
-- The linked initiatives and trajecten are read and written whole and never searched: jsonb.
create table bijeenkomst (
    id                        uuid          not null,
    gemeente                  char(4)       not null,
    titel                     varchar(200)  not null,
    soort                     varchar(30)   not null,
    datum                     date          not null,
    aantal_deelnemers         integer,
    initiatieven              jsonb         not null default '[]'::jsonb,
    trajecten                 jsonb         not null default '[]'::jsonb,
    verslag                   varchar(20000),
    terugkoppeling_uiterlijk  date          not null,
    terugkoppeling_datum      date,
    terugkoppeling_wijze      varchar(200),
    terugkoppeling_samenvatting varchar(4000),
    terugkoppeling_door       varchar(200),
    aangemaakt_op             timestamptz   not null,
    gewijzigd_op              timestamptz   not null,
    versie                    bigint        not null,
    constraint bijeenkomst_pk primary key (id),
    constraint bijeenkomst_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint bijeenkomst_titel_verplicht check (btrim(titel) <> ''),
    constraint bijeenkomst_soort_geldig check (soort in ('STARTBIJEENKOMST', 'BEWONERSAVOND', 'INLOOPMOMENT',
        'ONLINE_KOFFIEMOMENT', 'OVERLEGTAFEL', 'ANDERS')),
    constraint bijeenkomst_deelnemers_niet_negatief check (aantal_deelnemers is null or aantal_deelnemers >= 0),
    constraint bijeenkomst_uiterlijk_na_datum check (terugkoppeling_uiterlijk > datum),
    constraint bijeenkomst_terugkoppeling_volledig check ((terugkoppeling_datum is null) = (terugkoppeling_wijze is null)
        and (terugkoppeling_datum is null) = (terugkoppeling_samenvatting is null)),
    constraint bijeenkomst_terugkoppeling_na_datum check (terugkoppeling_datum is null or terugkoppeling_datum >= datum),
    constraint bijeenkomst_versie_niet_negatief check (versie >= 0)
);

-- Keyset pagination by day within one gemeente (docs/adr/0005); also serves the period filter and
-- the monitoring counts. The partial index serves the overdue list: open feedback only.
create index bijeenkomst_gemeente_datum_id on bijeenkomst (gemeente, datum, id);
create index bijeenkomst_open_terugkoppeling on bijeenkomst (gemeente, terugkoppeling_uiterlijk)
    where terugkoppeling_datum is null;

-- The kernen the meeting was in or for, in the order given.
create table bijeenkomst_kern (
    bijeenkomst_id uuid    not null,
    volgorde       integer not null,
    kern_id        uuid    not null,
    constraint bijeenkomst_kern_pk primary key (bijeenkomst_id, volgorde),
    constraint bijeenkomst_kern_bijeenkomst_fk foreign key (bijeenkomst_id) references bijeenkomst (id) on delete cascade,
    constraint bijeenkomst_kern_kern_fk foreign key (kern_id) references kern (id),
    constraint bijeenkomst_kern_hoogstens_50 check (volgorde between 0 and 49)
);

create index bijeenkomst_kern_kern_bijeenkomst on bijeenkomst_kern (kern_id, bijeenkomst_id);

-- Kernagenda and kerncanvas (item 4): one row per kern, apart from the kern's own row so that
-- writing the agenda never conflicts with editing the kern. Themes and facts are read and written
-- whole: jsonb. aantal_themas is derived by the mapper, only so that "kernen with a kernagenda"
-- is a plain count.
create table kernagenda (
    kern_id       uuid         not null,
    gemeente      char(4)      not null,
    themas        jsonb        not null default '[]'::jsonb,
    aantal_themas integer      not null,
    canvas        jsonb        not null default '[]'::jsonb,
    gewijzigd_op  timestamptz  not null,
    versie        bigint       not null,
    constraint kernagenda_pk primary key (kern_id),
    constraint kernagenda_kern_fk foreign key (kern_id) references kern (id),
    constraint kernagenda_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint kernagenda_aantal_themas_klopt check (aantal_themas = jsonb_array_length(themas)),
    constraint kernagenda_versie_niet_negatief check (versie >= 0)
);

create index kernagenda_gemeente_met_themas on kernagenda (gemeente) where aantal_themas > 0;

-- Indicatoren (item 6): a monitored figure with baseline, benchmark and target as columns, exact
-- (numeric, never floating point), and its measurements as jsonb, always read and written whole.
-- A name is unique per gemeente whatever the case; the adapter reports a violation as
-- 'indicator-bestaat-al'.
create table indicator (
    id                      uuid          not null,
    gemeente                char(4)       not null,
    naam                    varchar(300)  not null,
    omschrijving            varchar(4000),
    eenheid                 varchar(50)   not null,
    bron                    varchar(200),
    kern_id                 uuid,
    nulmeting_waarde        numeric(14,4) not null,
    nulmeting_jaar          integer       not null,
    benchmark_waarde        numeric(14,4),
    benchmark_omschrijving  varchar(200),
    streef_waarde           numeric(14,4),
    streef_jaar             integer,
    metingen                jsonb         not null default '[]'::jsonb,
    aangemaakt_op           timestamptz   not null,
    gewijzigd_op            timestamptz   not null,
    versie                  bigint        not null,
    constraint indicator_pk primary key (id),
    constraint indicator_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint indicator_kern_fk foreign key (kern_id) references kern (id),
    constraint indicator_naam_verplicht check (btrim(naam) <> ''),
    constraint indicator_benchmark_volledig check ((benchmark_waarde is null) = (benchmark_omschrijving is null)),
    constraint indicator_streef_volledig check ((streef_waarde is null) = (streef_jaar is null)),
    constraint indicator_streef_na_nulmeting check (streef_jaar is null or streef_jaar > nulmeting_jaar),
    constraint indicator_versie_niet_negatief check (versie >= 0)
);

create unique index indicator_naam_uniek_per_gemeente on indicator (gemeente, lower(naam));
-- Keyset pagination by name within one gemeente (docs/adr/0005).
create index indicator_gemeente_naam_id on indicator (gemeente, naam, id);
create index indicator_kern on indicator (kern_id) where kern_id is not null;
