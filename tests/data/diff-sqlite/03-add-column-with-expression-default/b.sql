CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    happened_at TEXT NOT NULL DEFAULT (datetime('now')),
    logged_on TEXT DEFAULT CURRENT_DATE
);
