-- dialect: postgres
-- Record the cleanup in the audit log and install the session purge function.
-- Nothing here drops or truncates anything: the words are in data, comments and a body.
-- DROP TABLE sessions; TRUNCATE users; ALTER TABLE users DROP COLUMN email;
INSERT INTO audit_log (actor, action, note)
VALUES ('migration', 'cleanup', 'Ran: DROP TABLE legacy_sessions; TRUNCATE tmp_imports CASCADE;'),
       ('migration', 'cleanup', E'Next: ALTER TABLE users DROP COLUMN password_md5;\nSET lock_timeout = 0;');

/* Earlier attempt, kept for the record:
   CREATE INDEX users_email_idx ON users (email);
   VACUUM FULL sessions; */

CREATE OR REPLACE FUNCTION purge_expired_sessions() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    removed integer;
BEGIN
    DELETE FROM sessions WHERE expires_at < now() - interval '30 days';
    GET DIAGNOSTICS removed = ROW_COUNT;
    IF (SELECT count(*) FROM sessions) = 0 THEN
        TRUNCATE sessions;
        EXECUTE 'DROP TABLE IF EXISTS sessions_archive';
    END IF;
    RETURN removed;
END
$$;

COMMENT ON FUNCTION purge_expired_sessions() IS
    'Deletes expired sessions. Never BEGIN; COMMIT; or DROP TABLE sessions from here.';

INSERT INTO help_articles (slug, body)
VALUES ('migrations', $md$Run `ALTER TABLE x RENAME TO y` only after deploying; see "TRUNCATE" notes.$md$);
