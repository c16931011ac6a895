INSERT INTO products VALUES (1, 'widget', 10, 1), (2, 'gadget', 25, 0);
INSERT INTO cart_items VALUES (1, 1, 3);
