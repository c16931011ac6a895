CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    username TEXT NOT NULL,
    deleted_at TEXT,
    is_primary INTEGER NOT NULL DEFAULT 0,
    org_id INTEGER
);
CREATE INDEX accounts_email_idx ON accounts (email);
CREATE UNIQUE INDEX accounts_email_live_key ON accounts (lower(email)) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX accounts_one_primary_per_org ON accounts (org_id) WHERE is_primary = 1 AND deleted_at IS NULL;
