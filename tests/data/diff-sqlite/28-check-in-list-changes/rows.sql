-- Every row satisfies both the old and the new lists: the upgrade grows status and kind and
-- shrinks priority (no row is 'someday'), the downgrade does the reverse.
INSERT INTO tickets (id, title, status, priority, kind) VALUES
    (1, 'login fails on safari', 'open', 'urgent', 'bug'),
    (2, 'dark mode', 'closed', 'low', 'feature'),
    (3, 'typo in footer', 'closed', 'normal', NULL),
    (4, 'export to csv', 'open', 'high', 'feature'),
    (5, 'crash on empty cart', 'open', 'normal', 'bug');
