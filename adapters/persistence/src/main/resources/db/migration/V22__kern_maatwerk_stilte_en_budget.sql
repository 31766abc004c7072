-- Issue 13 item 15 (ADR 28): a kern may have its own silence threshold and leefbaarheidsbudget;
-- null follows the gemeente's setting and the scheme's amount. Bounds as the domain's (Maatwerk).
alter table kern add column eigen_stilte_drempel_dagen integer
    check (eigen_stilte_drempel_dagen between 1 and 365);
alter table kern add column eigen_leefbaarheidsbudget_centen bigint
    check (eigen_leefbaarheidsbudget_centen > 0);
