INSERT INTO products (id, name, active, legacy_code) VALUES (1, 'lamp', 1, 'L-1'), (2, 'chair', 0, NULL);
INSERT INTO cart_items VALUES (1, 1, 2);
