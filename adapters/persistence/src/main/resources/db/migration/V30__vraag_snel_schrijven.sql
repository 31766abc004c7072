-- A new question's own cost in the database (docs/adr/0032, issue 12 P6).

-- The V20 covering indexes for monitoring's counts from the source rows: monitoring reads the ledger
-- since V27 (docs/adr/0030) and no other query uses them (EXPLAIN of the lists, the keyset pages and the
-- operational figures on the 1M data picks the (gemeente, …, id) indexes), yet every insert of a question,
-- initiative or agreement kept them up to date (78 + 78 + 84 MB on the 1M data).
drop index vraag_monitoring;
drop index initiatief_monitoring;
drop index initiatief_afspraak_monitoring;
