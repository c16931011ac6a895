CREATE TABLE sales (
    id integer PRIMARY KEY,
    region text NOT NULL,
    sold_on date NOT NULL,
    amount numeric(12,2) NOT NULL
);
CREATE MATERIALIZED VIEW daily_sales AS SELECT sold_on, count(*) AS sales, sum(amount) AS total FROM sales GROUP BY sold_on;
CREATE MATERIALIZED VIEW monthly_region_sales AS
SELECT region, date_trunc('month', sold_on)::date AS month, sum(amount) AS total
FROM sales
GROUP BY region, date_trunc('month', sold_on)::date;
