CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    score REAL DEFAULT 0.5,
    nickname TEXT COLLATE NOCASE DEFAULT 'anon'
);
