CREATE TYPE billing_period AS ENUM ('monthly', 'quarterly', 'yearly');
CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    plan text NOT NULL,
    period billing_period NOT NULL DEFAULT 'monthly'
);
