INSERT INTO "order" VALUES (1, 'a', 'x'), (2, 'b', NULL);
