CREATE TABLE regions (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE sales (
    id INTEGER PRIMARY KEY,
    region_id INTEGER NOT NULL REFERENCES regions (id),
    sold_on TEXT NOT NULL,
    amount NUMERIC(12, 2) NOT NULL CHECK (amount >= 0),
    refunded INTEGER NOT NULL DEFAULT 0 CHECK (refunded IN (0, 1)),
    channel TEXT NOT NULL DEFAULT 'web'
);
CREATE TABLE sales_corrections (id INTEGER PRIMARY KEY, region_id INTEGER, amount INTEGER);
CREATE VIEW valid_sales AS SELECT id, region_id, sold_on, amount FROM sales WHERE refunded = 0;
CREATE VIEW sales_by_region AS
    SELECT r.name AS region, sum(v.amount) AS total, count(*) AS n
    FROM valid_sales v JOIN regions r ON r.id = v.region_id
    GROUP BY r.name;
CREATE VIEW top_regions AS SELECT region, total FROM sales_by_region WHERE total >= 100 ORDER BY total DESC;
CREATE VIEW region_names AS SELECT name FROM regions;
CREATE TRIGGER sales_by_region_correct INSTEAD OF INSERT ON sales_by_region
BEGIN
    INSERT INTO sales_corrections (region_id, amount)
    SELECT id, NEW.total FROM regions WHERE name = NEW.region;
END;
