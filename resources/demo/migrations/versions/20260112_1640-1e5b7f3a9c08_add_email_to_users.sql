-- revision: 1e5b7f3a9c08
-- down_revision: c47d90a1e6f2
-- message: add email to users
-- created: 2026-01-12T16:40:00Z
-- transactional: true

-- migrate:upgrade
ALTER TABLE users ADD COLUMN email TEXT;
CREATE UNIQUE INDEX users_email_key ON users (email);

-- migrate:downgrade
DROP INDEX users_email_key;
ALTER TABLE users DROP COLUMN email;
