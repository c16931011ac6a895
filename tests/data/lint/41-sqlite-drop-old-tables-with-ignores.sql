-- dialect: sqlite
-- expect: drop-table@12, unused-ignore@14
-- Remove the tables of the old sync engine.
CREATE TABLE sync_cursor_backup AS SELECT * FROM sync_cursor;

DROP TABLE IF EXISTS sync_queue; -- strata:ignore drop-table

-- strata:ignore drop-table
DROP TABLE sync_log;

-- Not silenced: the cursor is still read by the 2.x clients.
DROP TABLE sync_cursor;

-- strata:ignore drop-column
DROP VIEW IF EXISTS sync_status;
