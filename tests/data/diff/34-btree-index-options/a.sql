CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    status text NOT NULL,
    total numeric(12,2),
    placed_at timestamptz,
    email text,
    deleted_at timestamptz
);
CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX orders_placed ON orders (placed_at);
CREATE INDEX orders_status ON orders (status);
