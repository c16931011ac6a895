-- dialect: postgres
-- expect: concurrently-in-transaction@7, concurrently-in-transaction@9
-- Index invoices by due date for the dunning job (the header still says transactional).
ALTER TABLE invoices ADD COLUMN dunning_level smallint NOT NULL DEFAULT 0;

-- PostgreSQL refuses these inside the migration's transaction.
CREATE INDEX CONCURRENTLY invoices_due_at_idx ON invoices (due_at) WHERE paid_at IS NULL;

DROP INDEX CONCURRENTLY invoices_due_idx;
