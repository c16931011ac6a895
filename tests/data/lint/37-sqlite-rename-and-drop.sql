-- dialect: sqlite
-- expect: rename-table@4, rename-column@5, rename-column@6, drop-column@8
-- Tasks become todos: the mobile client of last week still says "tasks".
ALTER TABLE tasks RENAME TO todos;
ALTER TABLE todos RENAME COLUMN done TO completed;
ALTER TABLE todos RENAME due TO due_on;

ALTER TABLE todos DROP COLUMN legacy_priority;

DROP INDEX IF EXISTS tasks_due_idx;
CREATE INDEX todos_due_on_idx ON todos (due_on);
