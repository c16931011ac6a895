CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE orders (id integer PRIMARY KEY, user_id integer REFERENCES users (id));
CREATE INDEX orders_user ON orders (user_id);
CREATE VIEW user_orders AS SELECT u.id, o.id AS order_id FROM users u JOIN orders o ON o.user_id = u.id;
