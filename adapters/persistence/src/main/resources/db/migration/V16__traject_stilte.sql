-- Issue 13 item 9 (ADR 23): contacts with a traject's participants, and silence as for initiatives.
-- contactmomenten is read and written whole (jsonb, like the steps); stil_sinds is derived by the
-- application (the last contact or the start of participation, null unless participation runs), so
-- the stil filter is a comparison on an indexed column.
alter table participatietraject
    add column contactmomenten        jsonb        not null default '[]'::jsonb,
    add column participatie_gestart_op timestamptz,
    add column stil_sinds             timestamptz;

-- trajecten already participating: their start was not kept, their last change is the best estimate
update participatietraject
set participatie_gestart_op = gewijzigd_op,
    stil_sinds = case when fase = 'PARTICIPATIE' then gewijzigd_op end
where fase in ('PARTICIPATIE', 'AFGEROND');

create index participatietraject_stil on participatietraject (gemeente, stil_sinds) where stil_sinds is not null;
