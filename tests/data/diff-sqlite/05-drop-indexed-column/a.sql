CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT, name TEXT NOT NULL, barcode TEXT UNIQUE);
CREATE INDEX products_sku_idx ON products (sku);
CREATE INDEX products_name_idx ON products (name);
