INSERT INTO logs VALUES (1, 'info', 'Started', '2026-01-01', 1), (2, 'error', 'Boom', '2026-01-02', 1);
