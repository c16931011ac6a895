-- revision: 3615e83d417e
-- down_revision: 0735e31862ce
-- message: index shipments by tracking number
-- created: 2026-05-12T11:50:00Z
-- transactional: true

-- migrate:upgrade
-- Carrier webhooks look shipments up by tracking number.
CREATE UNIQUE INDEX shipments_tracking_number_key ON shipments (carrier, tracking_number)
    WHERE tracking_number IS NOT NULL;

-- migrate:downgrade
DROP INDEX shipments_tracking_number_key;
