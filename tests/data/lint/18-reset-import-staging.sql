-- dialect: postgres
-- expect: truncate@12
-- Clear the CSV import staging area before the new importer goes live.
DELETE FROM import_rows
 WHERE batch_id IN (SELECT id FROM import_batches WHERE finished_at < now() - interval '7 days');

DELETE FROM import_batches WHERE finished_at < now() - interval '7 days';

ALTER TABLE import_batches ADD COLUMN importer_version text;

-- Everything that is left goes, and with CASCADE whatever references it.
TRUNCATE import_rows, import_errors RESTART IDENTITY CASCADE;
