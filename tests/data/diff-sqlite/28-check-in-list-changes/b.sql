CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'blocked', 'closed')),
    priority TEXT NOT NULL DEFAULT 'normal',
    kind TEXT,
    CONSTRAINT tickets_priority_valid CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    CONSTRAINT tickets_kind_valid CHECK (kind IS NULL OR kind IN ('bug', 'feature', 'chore', 'docs'))
);
CREATE INDEX tickets_status_idx ON tickets (status);
