-- dialect: postgres
-- expect: create-index-non-concurrently@15
-- Speed up the "orders of a customer" page and add saved carts with their own indexes.
CREATE TABLE saved_carts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
-- A plain index on a table created above locks nobody out.
CREATE INDEX saved_carts_customer_idx ON saved_carts (customer_id);
CREATE UNIQUE INDEX saved_carts_customer_name_key ON saved_carts (customer_id, name);

-- orders is the busiest table we have: this blocks checkout while it builds.
CREATE INDEX orders_customer_created_idx
    ON orders (customer_id, created_at DESC);
