CREATE TABLE orders (id integer PRIMARY KEY, total numeric(12,2), note text);
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 500;
CREATE VIEW noted AS SELECT id, note FROM orders WHERE note IS NOT NULL;
