CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    status text NOT NULL,
    total numeric(12,2),
    placed_at timestamptz,
    email text,
    deleted_at timestamptz
);
CREATE INDEX orders_customer ON orders (customer_id, placed_at DESC);
CREATE INDEX orders_placed ON orders (placed_at DESC NULLS FIRST);
CREATE INDEX orders_lower_email ON orders (lower(email) text_pattern_ops);
CREATE INDEX orders_open_large ON orders (placed_at) WHERE status IN ('new', 'paid') AND (total > 1000 OR email LIKE '%@bigcorp.example') AND deleted_at IS NULL;
CREATE UNIQUE INDEX orders_one_open_per_customer ON orders (customer_id) WHERE status = 'new' AND deleted_at IS NULL;
CREATE INDEX orders_customer_covering ON orders (customer_id, status) INCLUDE (total, placed_at);
