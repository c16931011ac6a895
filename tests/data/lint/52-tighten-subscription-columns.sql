-- dialect: postgres
-- after: 20-create-subscriptions-done-right.sql
-- expect: narrow-column-type@8, alter-column-type@8, narrow-column-type@11, alter-column-type@11
-- expect: narrow-column-type@14, alter-column-type@14
-- The plans are known now, so subscriptions get tighter columns. The types being narrowed
-- come from the migration before: plan (created as plan_code) is varchar(32), status text.
-- Fails on any plan code longer than 16, after locking and reading the whole table.
ALTER TABLE subscriptions ALTER COLUMN plan TYPE varchar(16);

-- text to varchar(20): the same, for the statuses.
ALTER TABLE subscriptions ALTER COLUMN status TYPE varchar(20);

-- Billing needs the day only; the time of day is dropped from every row.
ALTER TABLE subscriptions ALTER COLUMN current_period_end TYPE date;
