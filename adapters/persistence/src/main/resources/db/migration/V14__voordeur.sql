-- Residents' front door (issue 16): public intake of questions and ideas, their public status,
-- app keys per gemeente, the per-client request counter and spam marks (docs/adr/0021).

-- A question's public reference, as initiatives have one: 128 random bits, 22 characters base64url.
-- Existing questions get one from gen_random_uuid (122 random bits), never shown to anyone before.
alter table vraag add column referentie varchar(22);
update vraag set referentie = translate(rtrim(encode(decode(replace(gen_random_uuid()::text, '-', ''), 'hex'),
    'base64'), '='), '+/', '-_');
alter table vraag alter column referentie set not null;
alter table vraag add constraint vraag_referentie_vorm check (referentie ~ '^[A-Za-z0-9_-]{22}$');
create unique index vraag_referentie_uniek on vraag (referentie);

-- Marked as spam by staff: kept with its trail, left out of the default lists and the figures.
alter table vraag add column spam_op timestamptz;
alter table initiatief add column spam_op timestamptz;

-- App keys: only the SHA-256 of the key is kept; the key itself is shown once, when issued.
create table app_sleutel (
    id              uuid         not null,
    gemeente        char(4)      not null,
    hash            char(64)     not null,
    omschrijving    varchar(100) not null,
    uitgegeven_op   timestamptz  not null,
    ingetrokken_op  timestamptz,
    constraint app_sleutel_pk primary key (id),
    constraint app_sleutel_gemeente_fk foreign key (gemeente) references gemeente (code),
    constraint app_sleutel_hash_vorm check (hash ~ '^[0-9a-f]{64}$'),
    constraint app_sleutel_omschrijving_verplicht check (btrim(omschrijving) <> '')
);
create unique index app_sleutel_hash_uniek on app_sleutel (hash);
create index app_sleutel_gemeente on app_sleutel (gemeente);

-- Requests per client per fixed window, shared by every instance. The client is a hash (an IP
-- address is personal data); rows of windows long past are deleted as new windows begin.
create table verzoekteller (
    client   char(64)    not null,
    venster  timestamptz not null,
    aantal   integer     not null,
    constraint verzoekteller_pk primary key (client, venster)
);
create index verzoekteller_venster on verzoekteller (venster);
