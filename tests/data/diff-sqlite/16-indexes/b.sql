CREATE TABLE logs (id INTEGER PRIMARY KEY, level TEXT NOT NULL, message TEXT, at TEXT, user_id INTEGER);
CREATE INDEX logs_level_idx ON logs (level, at DESC);
CREATE INDEX logs_errors_idx ON logs (at) WHERE level = 'error';
CREATE INDEX logs_message_lower_idx ON logs (lower(message));
CREATE UNIQUE INDEX logs_user_at_key ON logs (user_id, at);
