-- revision: a93f6b1d2e7c
-- down_revision: 1e5b7f3a9c08, 6d0c2a8e4b19
-- message: merge heads
-- created: 2026-01-13T09:00:00Z
-- transactional: true

-- migrate:upgrade


-- migrate:downgrade

