CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    queue TEXT NOT NULL DEFAULT 'standard',
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL DEFAULT 5,
    backoff_factor REAL DEFAULT 2.0,
    priority INTEGER DEFAULT 0,
    exclusive INTEGER NOT NULL DEFAULT TRUE,
    note TEXT DEFAULT NULL,
    payload BLOB DEFAULT X'00'
);
CREATE INDEX jobs_queue_state_idx ON jobs (queue, state);
CREATE TABLE job_settings (name TEXT PRIMARY KEY NOT NULL, value TEXT DEFAULT 'on') WITHOUT ROWID;
