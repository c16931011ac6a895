CREATE TABLE plans (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price_cents integer NOT NULL,
    legacy_code text
);
COMMENT ON TABLE plans IS 'pricing plans';
COMMENT ON COLUMN plans.price_cents IS 'monthly price';
COMMENT ON COLUMN plans.legacy_code IS 'from the v1 billing system';
CREATE TABLE coupons (
    id integer PRIMARY KEY,
    code text NOT NULL
);
CREATE TABLE invoice_archive (id integer PRIMARY KEY);
COMMENT ON TABLE invoice_archive IS 'read-only, see ticket OPS-112';
