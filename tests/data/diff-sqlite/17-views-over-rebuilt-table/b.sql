CREATE TABLE orders (id INTEGER PRIMARY KEY, total INTEGER NOT NULL CHECK (total >= 0), status TEXT NOT NULL DEFAULT 'new');
CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;
CREATE VIEW big_order_count AS SELECT count(*) AS n FROM big_orders;
CREATE VIEW open_orders AS SELECT id FROM orders WHERE status <> 'done';
