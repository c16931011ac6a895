-- dialect: postgres
-- Monthly revenue per merchant for the dashboard, as a materialized view refreshed concurrently.
CREATE MATERIALIZED VIEW merchant_monthly_revenue AS
SELECT merchant_id, date_trunc('month', placed_at) AS month, sum(total_cents) AS revenue_cents
  FROM orders
 GROUP BY 1, 2
WITH DATA;

-- REFRESH ... CONCURRENTLY needs a unique index; the view was created just above.
CREATE UNIQUE INDEX merchant_monthly_revenue_key ON merchant_monthly_revenue (merchant_id, month);

-- Same with a snapshot table made with CREATE TABLE AS.
CREATE TABLE merchant_snapshot_2025 AS SELECT * FROM merchants WHERE created_at < '2026-01-01';
CREATE INDEX merchant_snapshot_2025_id_idx ON merchant_snapshot_2025 (id);
