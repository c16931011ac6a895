CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER NOT NULL, status TEXT);
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
CREATE VIEW big_order_count AS SELECT count(*) AS n FROM big_orders;
CREATE VIEW statuses AS SELECT DISTINCT status FROM orders;
