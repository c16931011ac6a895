CREATE TABLE orders (id integer PRIMARY KEY, user_id integer, total numeric, status text);
CREATE INDEX orders_user ON orders (user_id);
