INSERT INTO users VALUES (1, 'A@x.org', 'Ada'), (2, 'b@x.org', 'bob ');
