-- revision: a93bdfb61c20
-- down_revision: f2e16ac531f5
-- message: add updated_at audit columns
-- created: 2026-02-24T13:20:00Z
-- transactional: true

-- migrate:upgrade
-- SQLite refuses ADD COLUMN with a non-constant default such as CURRENT_TIMESTAMP,
-- so the columns are nullable and the application sets them. Backfill what we know.
ALTER TABLE users ADD COLUMN updated_at TEXT;
ALTER TABLE products ADD COLUMN updated_at TEXT;
ALTER TABLE orders ADD COLUMN updated_at TEXT;
UPDATE users SET updated_at = created_at;
UPDATE orders SET updated_at = created_at;
UPDATE products SET updated_at = CURRENT_TIMESTAMP;

-- migrate:downgrade
ALTER TABLE orders DROP COLUMN updated_at;
ALTER TABLE products DROP COLUMN updated_at;
ALTER TABLE users DROP COLUMN updated_at;
