CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id), total INTEGER NOT NULL);
CREATE VIEW customer_totals (customer, amount, order_count) AS
    SELECT c.name, sum(o.total), count(o.id) FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.name;
CREATE VIEW big_customers AS SELECT customer, amount FROM customer_totals WHERE amount >= 100;
