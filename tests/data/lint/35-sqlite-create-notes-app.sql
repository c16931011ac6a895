-- dialect: sqlite
-- The notes app's first tables, a trigger keeping updated_at fresh, and seed data.
CREATE TABLE notebooks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    notebook_id INTEGER NOT NULL REFERENCES notebooks (id) ON DELETE CASCADE,
    body TEXT NOT NULL DEFAULT '',
    updated_at TEXT
);
CREATE INDEX notes_notebook_idx ON notes (notebook_id);
ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER notes_touch AFTER UPDATE OF body ON notes
BEGIN
    UPDATE notes SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;

-- The welcome note mentions SQL, in a string.
INSERT INTO notebooks (title) VALUES ('Inbox');
INSERT INTO notes (notebook_id, body)
VALUES (1, 'Tip: never run DROP TABLE notes; or BEGIN; ... COMMIT; by hand.');
