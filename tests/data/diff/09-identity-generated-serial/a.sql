CREATE TABLE a (id serial PRIMARY KEY, price numeric);
