CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    queue TEXT NOT NULL DEFAULT 'default',
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 3,
    backoff_factor REAL DEFAULT 1.5,
    priority INTEGER DEFAULT -1,
    exclusive INTEGER NOT NULL DEFAULT FALSE,
    note TEXT DEFAULT 'it''s queued',
    payload BLOB
);
CREATE INDEX jobs_queue_state_idx ON jobs (queue, state);
CREATE TABLE job_settings (name TEXT PRIMARY KEY NOT NULL, value TEXT DEFAULT 'off') WITHOUT ROWID;
