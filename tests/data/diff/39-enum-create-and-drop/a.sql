CREATE TYPE legacy_tier AS ENUM ('bronze', 'silver', 'gold');
CREATE TABLE subscriptions (
    id integer PRIMARY KEY,
    plan text NOT NULL,
    tier legacy_tier
);
