-- P6's bare SQL: what a new question reads and writes, in one transaction, as the service does it
-- (docs/adr/0032, 0036): the kern with its function history, the gemeente's answer term, the
-- question, its audit line, its event with the kernen read from the question (without a number) and
-- its deliveries, the case system's outbox row, the processing register's activity and the processing
-- log line. The event gets its feed number afterwards from the numbering step (V31), which the service
-- runs on one thread of its own after commits: bench/pgbench/nummeren.sql, one client beside these.
-- The harness' generated gemeente is 9991.
\set nr random(1, :kernen)
begin;
select k.id, k.gemeente, k.eigen_antwoordtermijn_dagen, f.functie, f.persoon_naam, f.van, f.tot
from bench.kern b join kern k on k.id = b.id left join kern_functievervulling f on f.kern_id = k.id
where b.nr = :nr;
select antwoordtermijn_dagen, antwoordtermijn_soort from gemeente where code = '9991';
with b as (select k.id, k.gemeente from bench.kern b join kern k on k.id = b.id where b.nr = :nr),
     v as (
         insert into vraag (id, gemeente, kern_id, referentie, onderwerp, tekst, vrager_naam, ontvangen_op,
                            termijn_dagen, termijn_soort, status, statushistorie, lopende_deadline, gewijzigd_op,
                            versie)
         select gen_random_uuid(), b.gemeente, b.id,
                translate(left(encode(uuid_send(gen_random_uuid()), 'base64'), 22), '+/', '-_'), 'Bankje',
                'Het bankje bij de kerk is kapot.', 'Proefinwoner', now(), 7, 'KALENDERDAGEN', 'ONTVANGEN',
                '[]'::jsonb, now() + interval '7 days', now(), 0
         from b
         returning id, kern_id),
     a as (
         insert into auditregel (id, gemeente, soort, aggregaat_id, op, door, actie, gegevens)
         select gen_random_uuid(), '9991', 'VRAAG', v.id, now(), 'Medewerker', 'ontvangen',
                '{"onderwerp": "Bankje"}'::jsonb
         from v),
     g as (
         insert into gebeurtenis (id, gemeente, type, bron, subject, dataref, tijd, data, kernen)
         select gen_random_uuid(), '9991', 'nl.kernpunt.vraag.ontvangen', 'vraag', v.id, '/vragen/' || v.id, now(),
                '{}'::jsonb, array[v.kern_id]
         from v
         returning id, gemeente, type, tijd, kernen)
insert into bezorging (id, abonnement_id, gebeurtenis_id, volgende_poging_op)
select gen_random_uuid(), ab.id, g.id, g.tijd from g join abonnement ab on ab.gemeente = g.gemeente
where (cardinality(ab.typen) = 0 or g.type = any(ab.typen)) and (ab.kern is null or ab.kern = any(g.kernen));
insert into zaak_outbox (id, gemeente, zaaksoort, bron_id, identificatie, opdracht, zaakstatus, moment, geplaatst_op,
                         volgende_poging_op)
values (gen_random_uuid(), '9991', 'vraag', gen_random_uuid(), 'V-bench', 'registreer', 'ontvangen', now(), now(),
        now());
select code, naam, grondslag from verwerkingsactiviteit
where code = 'vragen' and (gemeente = '9991' or gemeente is null) order by gemeente nulls last limit 1;
insert into verwerking (id, gemeente, op, activiteit, naam, grondslag, handeling, gebruiker, rollen, objectsoort,
                        objecten, betrokkenen)
values (gen_random_uuid(), '9991', now(), 'vragen', 'Vragen van inwoners', 'Publieke taak', 'wijzigen',
        'bench-medewerker', 'medewerker', 'vraag', array[gen_random_uuid()], '{}');
end;
