CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    sold_on date NOT NULL,
    amount numeric(12,2) NOT NULL
);
CREATE MATERIALIZED VIEW daily_sales AS SELECT sold_on, sum(amount) AS total FROM sales GROUP BY sold_on;
CREATE MATERIALIZED VIEW region_sales_legacy AS SELECT region, sum(amount) AS total FROM sales GROUP BY region;
