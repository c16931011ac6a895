-- dialect: postgres
-- expect: drop-index-non-concurrently@9
-- Drop the indexes pg_stat_user_indexes says nobody has used in six months.
CREATE TABLE index_drop_log (index_name text PRIMARY KEY, dropped_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX index_drop_log_dropped_at_idx ON index_drop_log (dropped_at);

INSERT INTO index_drop_log (index_name) VALUES ('orders_coupon_code_idx');

DROP INDEX IF EXISTS orders_coupon_code_idx;

-- Created a few lines up, so nobody else can be using it.
DROP INDEX index_drop_log_dropped_at_idx;
