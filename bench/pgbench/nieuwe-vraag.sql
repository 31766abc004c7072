-- P6's bare SQL: the rows a new question writes, in one transaction: the question, its audit line,
-- the gemeente's event number and the event (the outbox row webhooks are delivered from). The
-- harness' generated gemeente is 9991.
\set nr random(1, :kernen)
begin;
insert into vraag (id, gemeente, kern_id, referentie, onderwerp, tekst, vrager_naam, ontvangen_op, termijn_dagen,
                   termijn_soort, status, statushistorie, lopende_deadline, gewijzigd_op, versie)
select gen_random_uuid(), k.gemeente, k.id,
       translate(left(encode(uuid_send(gen_random_uuid()), 'base64'), 22), '+/', '-_'), 'Bankje',
       'Het bankje bij de kerk is kapot.', 'Proefinwoner', now(), 7, 'KALENDERDAGEN', 'ONTVANGEN', '[]'::jsonb,
       now() + interval '7 days', now(), 0
from bench.kern b join kern k on k.id = b.id where b.nr = :nr;
insert into auditregel (id, gemeente, soort, aggregaat_id, op, door, actie, gegevens)
values (gen_random_uuid(), '9991', 'VRAAG', gen_random_uuid(), now(), 'Medewerker', 'AANGEMAAKT', '{"onderwerp": "Bankje"}');
with teller as (update gebeurtenis_teller set laatste = laatste + 1 where gemeente = '9991' returning laatste)
insert into gebeurtenis (id, gemeente, volgnummer, type, bron, subject, dataref, tijd)
select gen_random_uuid(), '9991', laatste, 'nl.kernpunt.vraag.ontvangen', 'vraag', gen_random_uuid(), '/vragen', now()
from teller;
end;
