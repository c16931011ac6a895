CREATE TABLE items (
    id INTEGER PRIMARY KEY, price NUMERIC NOT NULL, stock INTEGER,
    CONSTRAINT items_price_positive CHECK (price > 0),
    CONSTRAINT items_stock_known CHECK (stock IS NOT NULL OR price < 100)
);
