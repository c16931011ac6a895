INSERT INTO regions VALUES (1, 'north'), (2, 'south'), (3, 'east');
INSERT INTO sales VALUES
    (1, 1, '2026-01-02', 80, 0),
    (2, 1, '2026-01-09', 45, 0),
    (3, 2, '2026-01-10', 300, 1),
    (4, 2, '2026-02-14', 20, 0),
    (5, 3, '2026-02-20', 150, 0);
INSERT INTO sales_by_region (region, total) VALUES ('south', -5);
