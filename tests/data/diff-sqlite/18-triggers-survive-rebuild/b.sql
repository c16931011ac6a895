CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT 'untitled', updated_at TEXT);
CREATE TABLE audit (id INTEGER PRIMARY KEY, document_id INTEGER, action TEXT NOT NULL DEFAULT 'unknown');
CREATE TRIGGER documents_touch AFTER UPDATE OF title ON documents
BEGIN
    UPDATE documents SET updated_at = datetime('now') WHERE id = NEW.id;
END;
CREATE TRIGGER documents_audit AFTER DELETE ON documents
BEGIN
    INSERT INTO audit (document_id, action) VALUES (OLD.id, 'deleted');
END;
CREATE TRIGGER documents_created AFTER INSERT ON documents
BEGIN
    INSERT INTO audit (document_id, action) VALUES (NEW.id, 'insert');
END;
