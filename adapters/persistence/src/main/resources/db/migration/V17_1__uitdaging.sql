-- The gemeente's decision on a Right to Challenge (issue #13 item 13, docs/adr/0024): all four or
-- none, and only on an initiative that is one.
alter table initiatief
    add column uitdaging_aanvaard       boolean,
    add column uitdaging_reden          varchar(2000),
    add column uitdaging_besloten_op    timestamptz,
    add column uitdaging_besloten_door  varchar(200),
    add constraint initiatief_uitdagingsbesluit_compleet check (
        (uitdaging_aanvaard is null) = (uitdaging_reden is null)
        and (uitdaging_aanvaard is null) = (uitdaging_besloten_op is null)
        and (uitdaging_aanvaard is null) = (uitdaging_besloten_door is null)),
    add constraint initiatief_uitdagingsbesluit_alleen_bij_uitdaging check (
        uitdaging_aanvaard is null or right_to_challenge);
