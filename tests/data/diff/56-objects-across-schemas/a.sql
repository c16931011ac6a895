CREATE SCHEMA app;
CREATE SCHEMA "Reporting";
CREATE TABLE app.users (id integer PRIMARY KEY, email text NOT NULL);
CREATE TABLE app.orders (id integer PRIMARY KEY, user_id integer NOT NULL REFERENCES app.users (id), total numeric NOT NULL);
CREATE VIEW "Reporting".order_totals AS SELECT user_id, sum(total) AS total FROM app.orders GROUP BY user_id;
