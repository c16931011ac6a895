INSERT INTO contacts VALUES
    (1, 'Ada', 'Lovelace', 'Ada@Example.com', '+44 20 7946 0000', '2026-01-03 10:00:00'),
    (2, 'Grace', 'Hopper', ' grace@example.com', NULL, '2026-01-17 08:30:00'),
    (3, 'Linus', NULL, NULL, '', '2026-02-01 12:00:00'),
    (4, 'Margaret', 'Hamilton', 'margaret@example.com', '555 0100', '2026-03-09 17:45:00');
