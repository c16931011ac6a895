INSERT INTO articles VALUES (1, 'draft', 'tbd', NULL), (2, 'release notes', 'v1', '2026-01-01 00:00:00');
UPDATE articles SET body = 'v1.1' WHERE id = 2;
UPDATE articles SET body = 'outline' WHERE id = 1;
INSERT INTO article_history (article_id, old_title, old_body, changed_at) VALUES (2, 'release notes', 'v0', '2025-12-24 09:00:00');
