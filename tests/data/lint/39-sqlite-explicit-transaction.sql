-- dialect: sqlite
-- expect: transaction-statement@4, transaction-statement@14
-- Recount tag usage, wrapped in its own transaction by someone used to the sqlite3 shell.
BEGIN TRANSACTION;

SAVEPOINT recount;
UPDATE tags SET usage_count = (SELECT count(*) FROM note_tags WHERE note_tags.tag_id = tags.id);
RELEASE SAVEPOINT recount;

SAVEPOINT prune;
DELETE FROM tags WHERE usage_count = 0;
ROLLBACK TO SAVEPOINT prune;

COMMIT;
