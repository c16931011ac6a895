INSERT INTO products VALUES (1, 'A-1', 'widget', '0001'), (2, 'B-2', 'gadget', NULL), (3, 'C-3', 'doohickey', '0003');
