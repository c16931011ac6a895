CREATE SCHEMA app;
CREATE SCHEMA "Reporting";
CREATE SEQUENCE app.order_numbers START 1000;
CREATE TABLE app.users (id integer PRIMARY KEY, email text NOT NULL UNIQUE, name text);
CREATE TABLE app.orders (
    id integer PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('app.order_numbers'),
    user_id integer NOT NULL REFERENCES app.users (id) ON DELETE CASCADE,
    total numeric(12,2) NOT NULL CHECK (total >= 0)
);
CREATE VIEW "Reporting".order_totals AS SELECT user_id, sum(total) AS total, count(*) AS orders FROM app.orders GROUP BY user_id;
COMMENT ON TABLE app.orders IS 'one row per checkout';
