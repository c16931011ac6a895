CREATE TABLE orders (id integer PRIMARY KEY, total numeric);
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
