CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    username TEXT NOT NULL,
    deleted_at TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0,
    org_id INTEGER
);
CREATE INDEX accounts_email_idx ON accounts (email);
CREATE UNIQUE INDEX accounts_username_live_key ON accounts (username) WHERE deleted_at IS NULL;
