INSERT INTO accounts VALUES (1, 'a@example.com', 'free', NULL), (2, 'b@example.com', 'pro', 'us');
