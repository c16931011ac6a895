-- Deleted accounts repeat live e-mails (in another case) and usernames; each org has one
-- live primary account (carol_old, deleted, was org 20's primary before).
INSERT INTO accounts VALUES
    (1, 'ada@example.com', 'ada', NULL, 1, 10),
    (2, 'Ada@Example.com', 'ada', '2025-12-01', 0, 10),
    (3, 'bob@example.com', 'bob', NULL, 0, 10),
    (4, 'carol@example.com', 'carol', NULL, 1, 20),
    (5, 'carol@example.com', 'carol_old', '2024-06-30', 1, 20),
    (6, 'dan@example.com', 'dan', NULL, 1, NULL);
