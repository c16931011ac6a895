CREATE TABLE stock (sku TEXT PRIMARY KEY, quantity INTEGER);
CREATE TABLE sales (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, quantity INTEGER NOT NULL);
CREATE TRIGGER sales_take_stock AFTER INSERT ON sales
BEGIN
    UPDATE stock SET quantity = quantity - NEW.quantity WHERE sku = NEW.sku;
END;
