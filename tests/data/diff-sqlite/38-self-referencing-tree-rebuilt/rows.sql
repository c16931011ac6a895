-- A tree three levels deep; some children have lower ids than their parents (moved nodes).
INSERT INTO categories VALUES (10, NULL, 'Home', 1), (20, NULL, 'Garden', 2);
INSERT INTO categories VALUES (11, 10, 'Kitchen', 1), (12, 10, 'Bath', NULL), (21, 20, 'Tools', 1);
INSERT INTO categories VALUES (3, 11, 'Knives', 1), (4, 11, 'Pans', 2), (5, 21, 'Shovels', NULL);
UPDATE categories SET parent_id = 3 WHERE id = 4; -- pans filed under knives, by mistake
INSERT INTO products VALUES (1, 3, 'chef knife'), (2, 4, 'wok'), (3, 5, 'spade'), (4, 12, 'towel'), (5, 20, 'gift card');
