-- P1's bare SQL: what the public status shows of one initiative, by a random one of the harness'
-- references (bench.referentie holds the same references the HTTP run picks from).
\set nr random(1, :referenties)
select i.referentie, i.titel, k.naam, i.status, i.rol, i.gewijzigd_op,
       (select count(*) from initiatief_afspraak a where a.initiatief_id = i.id and a.status = 'OPEN')
from bench.referentie b
join initiatief i on i.referentie = b.referentie
join kern k on k.id = i.kern_id
where b.nr = :nr;
