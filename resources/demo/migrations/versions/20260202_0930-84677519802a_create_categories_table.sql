-- revision: 84677519802a
-- down_revision: e2a7c9b05d31
-- message: create categories table
-- created: 2026-02-02T09:30:00Z
-- transactional: true

-- migrate:upgrade
CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories (id) ON DELETE SET NULL,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX categories_parent_id_idx ON categories (parent_id);

-- migrate:downgrade
DROP INDEX categories_parent_id_idx;
DROP TABLE categories;
