CREATE TABLE customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    country text,
    active boolean NOT NULL DEFAULT true
);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customers (id),
    total numeric(12,2) NOT NULL,
    placed_at timestamptz NOT NULL
);
CREATE VIEW active_customers AS SELECT id, name FROM customers WHERE active;
CREATE VIEW legacy_order_totals AS SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;
