INSERT INTO settings VALUES ('theme', 'dark'), ('lang', 'de');
INSERT INTO counters VALUES ('visits', 42);
