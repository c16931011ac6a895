-- dialect: postgres
-- expect: parse-error@5, drop-index-non-concurrently@10
-- Track when a user was last seen; the review caught the typo only in CI.
ALTER TABLE users ADD COLUMN last_seen_at timestamptz;
ALTER TABLE users ALTER COLUMN last_seen_at SET DEFAUT now();

UPDATE users SET last_seen_at = last_login_at WHERE last_seen_at IS NULL;

-- The rest of the file is still reviewed.
DROP INDEX users_last_login_idx;
