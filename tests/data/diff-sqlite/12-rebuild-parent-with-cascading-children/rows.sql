INSERT INTO authors VALUES (1, 'le guin'), (2, NULL);
INSERT INTO books VALUES (1, 1, 'the dispossessed'), (2, 1, 'lathe of heaven'), (3, 2, 'anonymous');
INSERT INTO reviews VALUES (1, 1, 5), (2, 1, 4), (3, 3, 2);
