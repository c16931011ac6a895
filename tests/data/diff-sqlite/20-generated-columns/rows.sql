INSERT INTO rectangles (id, width, height) VALUES (1, 2, 3), (2, 1.5, 4);
