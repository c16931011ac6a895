-- revision: 294308bff801
-- down_revision: 7fbb09051b83, 56fd9fb3b3d1
-- message: merge payments and coupons branches
-- created: 2026-03-11T09:00:00Z
-- transactional: true

-- migrate:upgrade


-- migrate:downgrade

