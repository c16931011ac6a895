INSERT INTO profiles VALUES (1, 'a1', 'b1', 1, X'00FF'), (2, NULL, 'b2', NULL, NULL);
