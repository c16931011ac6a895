CREATE TABLE shipments (
    id INTEGER PRIMARY KEY,
    order_ref TEXT NOT NULL,
    carrier TEXT NOT NULL,
    tracking_number TEXT NOT NULL,
    weight_grams INTEGER NOT NULL DEFAULT 0,
    shipped_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    notes TEXT
);
CREATE UNIQUE INDEX shipments_tracking_key ON shipments (carrier, tracking_number);
