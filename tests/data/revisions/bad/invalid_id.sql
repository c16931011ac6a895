-- revision: abc.def
-- down_revision: 0f1e2d3c4b5a
-- message: add user email field
-- created: 2026-01-13T17:24:00Z
-- transactional: true

-- migrate:upgrade
ALTER TABLE users ADD COLUMN email text;

-- migrate:downgrade
ALTER TABLE users DROP COLUMN email;
