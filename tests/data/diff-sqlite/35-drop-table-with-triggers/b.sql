CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT, updated_at TEXT);
CREATE TRIGGER articles_touch AFTER UPDATE OF title ON articles
BEGIN
    UPDATE articles SET updated_at = datetime('now') WHERE id = NEW.id;
END;
