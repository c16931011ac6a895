INSERT INTO tenants VALUES (1, 'north'), (2, 'south');
INSERT INTO products VALUES (1, 'A-100', 'anvil'), (1, 'B-200', 'bucket'), (2, 'A-100', 'anchor');
INSERT INTO warehouses VALUES (1, 'MAIN', 'Oslo'), (1, 'OVERFLOW', NULL), (2, 'MAIN', 'Seville');
-- Every (tenant, warehouse_code) exists: the upgrade adds a foreign key onto them.
INSERT INTO stock_levels VALUES
    (1, 1, 'A-100', 'MAIN', 12),
    (2, 1, 'A-100', 'OVERFLOW', 3),
    (3, 1, 'B-200', 'MAIN', 0),
    (4, 2, 'A-100', 'MAIN', 7);
