INSERT INTO users VALUES (1, 'a@x', 'ada', 1), (2, 'b@x', 'bob', 1), (3, 'c@x', NULL, 2);
