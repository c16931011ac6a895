-- dialect: sqlite
-- expect: parse-error@5
-- Archive flag for projects; one statement has a typo.
ALTER TABLE projects ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
CREATE INDX projects_archived_idx ON projects (archived);

-- A table that does not exist yet is not a syntax error.
INSERT INTO project_events (project_id, kind) SELECT id, 'archived' FROM projects WHERE archived = 1;
