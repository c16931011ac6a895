INSERT INTO tags VALUES ('red', 'Red'), ('blue', NULL);
INSERT INTO memberships VALUES (1, 10, 'owner'), (2, 10, 'member'), (3, 11, NULL);
