INSERT INTO jobs (id, queue, state, attempts, max_attempts, backoff_factor, priority, exclusive, note, payload) VALUES
    (1, 'mail', 'done', 1, 3, 1.5, -1, 0, 'sent', X'7B7D'),
    (2, 'default', 'pending', 0, 3, NULL, NULL, 1, NULL, NULL),
    (3, 'reports', 'failed', 3, 3, 2.25, 10, 0, 'it''s broken', X'00FF00');
INSERT INTO jobs (id) VALUES (4);
INSERT INTO job_settings (name) VALUES ('paused');
INSERT INTO job_settings VALUES ('verbose', NULL), ('retry_dead', 'on');
