-- dialect: postgres
-- expect: lock-timeout-disabled@7, lock-timeout-disabled@12
-- Add a column to the hot payments table, "making sure it does not time out".
SET LOCAL statement_timeout = 0;

-- Waiting forever for the lock queues every payment behind this migration.
SET lock_timeout = 0;

ALTER TABLE payments ADD COLUMN provider_reference text;

-- Same thing, spelt as a duration.
SET LOCAL lock_timeout TO '0ms';
ALTER TABLE payments ADD COLUMN provider_fee_cents bigint;
