INSERT INTO orders VALUES (1, 50, 'new'), (2, 500, NULL), (3, 150, 'done');
