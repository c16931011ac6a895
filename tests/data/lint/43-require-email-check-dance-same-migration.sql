-- dialect: postgres
-- Require users.email the documented way, all in one migration: NOT VALID check, validate, SET NOT NULL.
ALTER TABLE users
    ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;

UPDATE users SET email = concat('unknown+', id, '@example.invalid') WHERE email IS NULL;

ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;

-- PostgreSQL sees the valid check and skips the scan.
ALTER TABLE users ALTER COLUMN email SET NOT NULL;

ALTER TABLE users DROP CONSTRAINT users_email_not_null;
