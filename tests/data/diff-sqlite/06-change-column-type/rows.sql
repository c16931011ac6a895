INSERT INTO orders VALUES (1, '10.50', 'first', 2), (2, '3', NULL, NULL), (3, '0.99', 'third', 40);
