INSERT INTO orders (id, customer) VALUES (1, 'ada'), (2, 'grace');
INSERT INTO order_lines VALUES (1, 1, 'widget', 2), (2, 1, 'gadget', 1), (3, 2, 'widget', 5);
