-- dialect: postgres
-- Give the payments change a longer, but still bounded, lock wait.
SET LOCAL lock_timeout = '30s';
SET LOCAL statement_timeout = '5min';

ALTER TABLE payments ADD COLUMN captured_at timestamptz;
ALTER TABLE payments ADD COLUMN capture_attempts integer NOT NULL DEFAULT 0;
ALTER TABLE payments ALTER COLUMN currency SET DEFAULT 'EUR';
