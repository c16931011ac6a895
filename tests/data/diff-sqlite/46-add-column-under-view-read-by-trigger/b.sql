CREATE TABLE products (id INTEGER PRIMARY KEY, name TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, price INTEGER DEFAULT 0);
CREATE VIEW active_products AS SELECT id, name FROM products WHERE active = 1;
CREATE TABLE cart_items (id INTEGER PRIMARY KEY, product_id INTEGER NOT NULL, quantity INTEGER NOT NULL);
CREATE TRIGGER cart_items_only_active BEFORE INSERT ON cart_items
WHEN NOT EXISTS (SELECT 1 FROM active_products WHERE id = NEW.product_id)
BEGIN
    SELECT RAISE(ABORT, 'product is not for sale');
END;
