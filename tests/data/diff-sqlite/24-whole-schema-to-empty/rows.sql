INSERT INTO users (email) VALUES ('ada@example.com');
INSERT INTO posts VALUES (1, 1, 'hello', 'Hello', 1);
INSERT INTO comments VALUES (1, 1, 'first');
