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
CREATE VIEW active_customers AS SELECT id, name, country FROM customers WHERE active AND country IS NOT NULL;
CREATE VIEW customer_revenue AS
SELECT c.id, c.name, count(o.id) AS orders, coalesce(sum(o.total), 0) AS revenue, max(o.placed_at) AS last_order_at
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.name;
