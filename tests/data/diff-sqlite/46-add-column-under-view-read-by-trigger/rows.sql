INSERT INTO products (id, name, active) VALUES (1, 'lamp', 1), (2, 'chair', 0);
INSERT INTO cart_items VALUES (1, 1, 2);
