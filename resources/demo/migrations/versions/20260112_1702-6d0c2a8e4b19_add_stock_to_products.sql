-- revision: 6d0c2a8e4b19
-- down_revision: c47d90a1e6f2
-- message: add stock to products
-- created: 2026-01-12T17:02:00Z
-- transactional: true

-- migrate:upgrade
ALTER TABLE products ADD COLUMN stock INTEGER NOT NULL DEFAULT 0;

-- migrate:downgrade
ALTER TABLE products DROP COLUMN stock;
