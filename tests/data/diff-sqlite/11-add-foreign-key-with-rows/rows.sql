INSERT INTO customers VALUES (1, 'acme'), (2, 'globex');
INSERT INTO orders VALUES (1, 1, 10), (2, 1, 20), (3, 2, 5);
