-- revision: caf4b01066b3
-- down_revision: edb0fe0af304
-- message: create shipments table
-- created: 2026-03-04T15:30:00Z
-- transactional: true

-- migrate:upgrade
CREATE TABLE shipments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    address_id INTEGER NOT NULL REFERENCES addresses (id),
    carrier TEXT NOT NULL,
    tracking_number TEXT,
    shipped_at TEXT,
    delivered_at TEXT,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (delivered_at IS NULL OR shipped_at IS NOT NULL)
);
CREATE INDEX shipments_order_id_idx ON shipments (order_id);

-- migrate:downgrade
DROP INDEX shipments_order_id_idx;
DROP TABLE shipments;
