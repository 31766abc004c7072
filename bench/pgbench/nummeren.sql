-- The service's numbering step (V31, docs/adr/0036) beside nieuwe-vraag.sql: one client, as the
-- service's one numbering thread, throttled (-R) to the steps that thread takes under load: each step
-- numbers every event committed since the one before.
select gebeurtenissen_nummeren('9991');
