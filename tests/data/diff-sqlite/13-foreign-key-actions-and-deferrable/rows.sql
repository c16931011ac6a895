INSERT INTO teams VALUES (1), (2);
INSERT INTO players VALUES (1, 1, 1), (2, 1, NULL), (3, 2, 2);
