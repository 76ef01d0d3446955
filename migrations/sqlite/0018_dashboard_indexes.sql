-- Measured on the synthetic programme (100,000 members, a million posts with their points, 207,000 survey
-- answers): the dashboard read these tables through the rows, not the indexes.

-- Points issued in a period: a range of this index, never the whole ledger.
CREATE INDEX points_ledger_created ON points_ledger (created_at, lifetime, amount);

-- The NPS of the answers given in a period, from the index alone (90 days: 71 ms -> 7 ms on SQLite).
CREATE INDEX survey_responses_created_score ON survey_responses (created_at, score);
DROP INDEX survey_responses_created;
