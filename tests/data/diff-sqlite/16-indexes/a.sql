CREATE TABLE logs (id INTEGER PRIMARY KEY, level TEXT NOT NULL, message TEXT, at TEXT, user_id INTEGER);
CREATE INDEX logs_level_idx ON logs (level);
CREATE INDEX logs_at_idx ON logs (at);
