-- dialect: postgres
-- after: 20-create-subscriptions-done-right.sql
-- Plan codes outgrew varchar(32). A longer varchar, then text, change the catalog only:
-- no rewrite, no scan, nothing to report. Neither does spelling out the default precision.
ALTER TABLE subscriptions ALTER COLUMN plan TYPE varchar(64);
ALTER TABLE subscriptions ALTER COLUMN plan TYPE text;
ALTER TABLE subscriptions ALTER COLUMN current_period_end TYPE timestamptz(6);
