CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT, updated_at TEXT);
CREATE TABLE article_history (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,
    old_title TEXT,
    old_body TEXT,
    changed_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX article_history_article_idx ON article_history (article_id, changed_at);
CREATE TRIGGER article_history_keep AFTER UPDATE OF title, body ON articles
BEGIN
    INSERT INTO article_history (article_id, old_title, old_body) VALUES (OLD.id, OLD.title, OLD.body);
END;
CREATE TRIGGER article_history_forget AFTER DELETE ON articles
BEGIN
    DELETE FROM article_history WHERE article_id = OLD.id;
END;
CREATE TRIGGER article_history_read_only BEFORE UPDATE ON article_history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;
CREATE TRIGGER articles_touch AFTER UPDATE OF title ON articles
BEGIN
    UPDATE articles SET updated_at = datetime('now') WHERE id = NEW.id;
END;
