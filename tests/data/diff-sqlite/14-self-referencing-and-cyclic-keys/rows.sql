INSERT INTO employees VALUES (1, 'boss'), (2, 'worker');
INSERT INTO departments VALUES (1, 'r&d');
