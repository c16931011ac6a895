INSERT INTO users VALUES (1, 'ada', 'x1', NULL), (2, 'grace', NULL, '555');
