-- The feed number is taken at commit, not when the event is written (docs/adr/0020, 0026). Taking it
-- mid-transaction held the gemeente's counter row for the rest of the use case, so every write of one
-- gemeente waited for the one before it to finish all its work (P6: 240 of 261 busy backends waiting
-- on that row). A deferred constraint trigger runs at commit: the row is now held only for the commit
-- itself, and numbers still become visible in order and without gaps.
alter table gebeurtenis alter column volgnummer drop not null;

create function gebeurtenis_nummer() returns trigger language plpgsql as $$
declare
    nummer bigint;
begin
    insert into gebeurtenis_teller (gemeente, laatste) values (new.gemeente, 1)
    on conflict (gemeente) do update set laatste = gebeurtenis_teller.laatste + 1
    returning laatste into nummer;
    update gebeurtenis set volgnummer = nummer where id = new.id;
    return null;
end $$;

-- deferred row triggers fire at commit in the order their rows were inserted
create constraint trigger gebeurtenis_nummer after insert on gebeurtenis
    deferrable initially deferred
    for each row execute function gebeurtenis_nummer();
