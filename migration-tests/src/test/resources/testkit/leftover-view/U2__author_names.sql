-- forgets to drop the view: only a catalog fingerprint, not the table model, notices
SELECT 1;
