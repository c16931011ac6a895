-- revision: b01e0c1779de
-- down_revision: 8a12d3e370d7
-- message: create addresses table
-- created: 2026-02-10T10:15:00Z
-- transactional: true

-- migrate:upgrade
CREATE TABLE addresses (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label TEXT,
    line1 TEXT NOT NULL,
    line2 TEXT,
    city TEXT NOT NULL,
    zip TEXT NOT NULL,
    country TEXT NOT NULL CHECK (length(country) = 2),
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX addresses_user_id_idx ON addresses (user_id);

-- migrate:downgrade
DROP INDEX addresses_user_id_idx;
DROP TABLE addresses;
