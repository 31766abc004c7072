-- The append-only audit trail: who changed what, when, with the changed values. Shared by every
-- aggregate that keeps one (initiatieven, participatietrajecten, ...).
create table auditregel (
    id           uuid         not null,
    gemeente     char(4)      not null,
    soort        varchar(40)  not null,
    aggregaat_id uuid         not null,
    op           timestamptz  not null,
    door         varchar(200) not null,
    actie        varchar(60)  not null,
    gegevens     jsonb        not null default '{}'::jsonb,
    constraint auditregel_pk primary key (id),
    constraint auditregel_gemeente_fk foreign key (gemeente) references gemeente (code)
);

-- Read per aggregate, oldest first.
create index auditregel_aggregaat_op on auditregel (soort, aggregaat_id, op, id);

-- Append-only is a property of the table, not only of the code that writes it.
create function auditregel_onveranderlijk() returns trigger language plpgsql as $$
begin
    raise exception 'auditregel is append-only: % is not allowed', tg_op;
end;
$$;

create trigger auditregel_alleen_toevoegen
    before update or delete on auditregel
    for each row execute function auditregel_onveranderlijk();
