INSERT INTO customers VALUES (1, 'acme'), (2, 'globex');
INSERT INTO orders VALUES (1, 1, 80), (2, 1, 40), (3, 2, 10);
