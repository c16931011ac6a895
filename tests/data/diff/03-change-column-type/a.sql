CREATE TABLE items (id integer PRIMARY KEY, price integer NOT NULL);
