-- dialect: postgres
-- Subscriptions for the SaaS billing: a new table and everything on it in one go.
CREATE TABLE subscriptions (
    id bigint GENERATED ALWAYS AS IDENTITY,
    account_id bigint NOT NULL,
    plan_code varchar(32) NOT NULL,
    status text NOT NULL DEFAULT 'trialing',
    current_period_end timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT subscriptions_pkey PRIMARY KEY (id)
);

CREATE INDEX subscriptions_account_idx ON subscriptions (account_id);
CREATE INDEX subscriptions_renewal_idx ON subscriptions (current_period_end) WHERE status = 'active';

ALTER TABLE subscriptions
    ADD CONSTRAINT subscriptions_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id),
    ADD CONSTRAINT subscriptions_status_check CHECK (status IN ('trialing', 'active', 'past_due', 'canceled')),
    ADD CONSTRAINT subscriptions_account_plan_key UNIQUE (account_id, plan_code),
    ADD COLUMN external_id uuid NOT NULL DEFAULT gen_random_uuid(),
    ADD COLUMN cancel_reason text NOT NULL;
ALTER TABLE subscriptions ALTER COLUMN cancel_reason DROP NOT NULL;
ALTER TABLE subscriptions RENAME COLUMN plan_code TO plan;

-- A scratch table for the import, gone before the migration ends.
CREATE TEMPORARY TABLE subscription_import (account_id bigint, plan text);
INSERT INTO subscriptions (account_id, plan, current_period_end)
SELECT account_id, plan, now() + interval '14 days' FROM subscription_import;
DROP TABLE subscription_import;
