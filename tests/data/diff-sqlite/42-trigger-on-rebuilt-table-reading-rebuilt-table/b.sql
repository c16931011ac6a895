CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT NOT NULL, line_count INTEGER NOT NULL DEFAULT 0 CHECK (line_count >= 0));
CREATE TABLE order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product TEXT NOT NULL,
    quantity INTEGER NOT NULL CHECK (quantity > 0)
);
CREATE TRIGGER order_lines_count AFTER INSERT ON order_lines
BEGIN
    UPDATE orders SET line_count = line_count + 1 WHERE id = NEW.order_id;
END;
