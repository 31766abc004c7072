-- Issue 13 item 15 (ADR 23): a kern may have its own answer term; null follows the gemeente's.
alter table kern add column eigen_antwoordtermijn_dagen integer
    check (eigen_antwoordtermijn_dagen between 1 and 60);
