INSERT INTO documents VALUES (1, 'plan', NULL), (2, NULL, '2026-01-01');
INSERT INTO audit VALUES (1, 9, 'delete');
