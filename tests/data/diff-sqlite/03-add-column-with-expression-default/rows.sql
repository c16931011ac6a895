INSERT INTO events (kind) VALUES ('login'), ('logout');
