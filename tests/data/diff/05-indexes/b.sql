CREATE TABLE orders (id integer PRIMARY KEY, user_id integer, total numeric, status text);
CREATE INDEX orders_user ON orders (user_id, total DESC);
CREATE UNIQUE INDEX orders_open ON orders (user_id) INCLUDE (total) WHERE status = 'open';
CREATE INDEX orders_lower_status ON orders USING hash (lower(status));
