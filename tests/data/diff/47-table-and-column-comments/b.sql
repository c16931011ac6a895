CREATE TABLE plans (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price_cents integer NOT NULL,
    legacy_code text
);
COMMENT ON TABLE plans IS 'pricing plans offered on the public pricing page';
COMMENT ON COLUMN plans.name IS 'display name, translated in the UI';
COMMENT ON COLUMN plans.price_cents IS 'monthly price in cents, before tax';
CREATE TABLE coupons (
    id integer PRIMARY KEY,
    code text NOT NULL
);
COMMENT ON TABLE coupons IS 'single-use discount codes';
CREATE TABLE invoice_archive (id integer PRIMARY KEY);
