CREATE TYPE order_status AS ENUM ('cart', 'placed', 'shipped', 'delivered', 'lost');
CREATE TABLE orders (
    id integer PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'cart',
    total numeric(12,2) NOT NULL
);
CREATE VIEW orders_in_flight AS SELECT id, status, total FROM orders WHERE status IN ('placed', 'shipped');
