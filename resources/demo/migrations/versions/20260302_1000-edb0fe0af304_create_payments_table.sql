-- revision: edb0fe0af304
-- down_revision: a93bdfb61c20
-- message: create payments table
-- created: 2026-03-02T10:00:00Z
-- transactional: true

-- migrate:upgrade
CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    provider TEXT NOT NULL,
    provider_ref TEXT,
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    currency TEXT NOT NULL DEFAULT 'EUR' CHECK (length(currency) = 3),
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'captured', 'failed', 'refunded')),
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX payments_order_id_idx ON payments (order_id);
-- A provider's reference is unique per provider, when there is one.
CREATE UNIQUE INDEX payments_provider_ref_key ON payments (provider, provider_ref)
    WHERE provider_ref IS NOT NULL;

-- migrate:downgrade
DROP INDEX payments_provider_ref_key;
DROP INDEX payments_order_id_idx;
DROP TABLE payments;
