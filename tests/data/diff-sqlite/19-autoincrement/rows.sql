INSERT INTO tickets (title) VALUES ('a'), ('b'), ('c');
DELETE FROM tickets WHERE id = 3;
INSERT INTO notes VALUES (1, 'n1'), (7, 'n7');
