CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE INDEX products_name_idx ON products (name);
