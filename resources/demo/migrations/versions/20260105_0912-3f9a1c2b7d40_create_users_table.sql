-- revision: 3f9a1c2b7d40
-- down_revision: None
-- message: create users table
-- created: 2026-01-05T09:12:00Z
-- transactional: true

-- migrate:upgrade
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- migrate:downgrade
DROP TABLE users;
