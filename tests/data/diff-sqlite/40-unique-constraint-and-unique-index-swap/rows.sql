INSERT INTO users VALUES
    (1, 'ada@example.com', 1, 'ada'),
    (2, 'bob@example.com', 1, 'bob'),
    (3, 'ada@other.example', 2, 'ada');
INSERT INTO api_keys VALUES (1, 1, 'sk_live_a1', 'ci'), (2, 1, 'sk_live_a2', NULL), (3, 3, 'sk_test_b1', 'laptop');
