INSERT INTO sensors VALUES (1, 'roof', '2025-05-01'), (2, 'basement', NULL), (3, 'garage', '2026-01-15');
INSERT INTO readings VALUES
    (1, 1, '2026-03-01T10:00', 11.5),
    (2, 1, '2026-03-01T11:00', 12.25),
    (3, 2, '2026-03-01T10:00', 8.0),
    (4, 3, '2026-03-01T10:00', -2.5);
