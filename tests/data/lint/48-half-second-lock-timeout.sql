-- dialect: postgres
-- A very short lock wait for the checkout table: give up fast and retry later.
SET LOCAL lock_timeout = '0.5s';

ALTER TABLE checkout_sessions ADD COLUMN express boolean NOT NULL DEFAULT false;
