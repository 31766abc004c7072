-- Issue 13 item 11, ADR 29: an allowance for dorpsbelangenorganisaties is paid per organisation, not
-- per kern (Beusichem and Lingemeer are two in one kern, 000 §3.2.2). The application names its
-- recipient (the organisation's name as the kern's register writes it) and the pot is keyed by it too.
-- Only added columns and a wider pot key: the conditional update that keeps a cap is unchanged.

alter table subsidieaanvraag add column ontvanger varchar(150);
alter table subsidieaanvraag add constraint subsidieaanvraag_ontvanger_niet_leeg
    check (ontvanger is null or btrim(ontvanger) <> '');

alter table subsidiepot add column ontvanger varchar(150);
alter table subsidiepot drop constraint subsidiepot_uniek;
alter table subsidiepot add constraint subsidiepot_uniek unique nulls not distinct (gemeente, regeling, kern_id, ontvanger, jaar);

-- Applications and pots made before this migration drew on their kern's one pot: they are given the
-- kern's first organisation, so what was granted keeps counting against that organisation's cap.
update subsidieaanvraag a set ontvanger = (select d.naam from kern_dorpsbelangenorganisatie d
                                           where d.kern_id = a.kern_id order by d.volgorde limit 1)
where a.ontvanger is null and exists (select 1 from subsidieregeling r where r.gemeente = a.gemeente
    and r.code = a.regeling and r.ontvangersoort = 'DORPSBELANGENORGANISATIE');
update subsidiepot p set ontvanger = (select d.naam from kern_dorpsbelangenorganisatie d
                                      where d.kern_id = p.kern_id order by d.volgorde limit 1)
where p.ontvanger is null and p.kern_id is not null and exists (select 1 from subsidieregeling r
    where r.gemeente = p.gemeente and r.code = p.regeling and r.ontvangersoort = 'DORPSBELANGENORGANISATIE');
