CREATE TABLE shipments (
    id INTEGER PRIMARY KEY,
    order_ref TEXT NOT NULL,
    carrier TEXT,
    tracking_number TEXT,
    weight_grams INTEGER DEFAULT 0,
    shipped_at TEXT DEFAULT CURRENT_TIMESTAMP,
    notes TEXT
);
CREATE UNIQUE INDEX shipments_tracking_key ON shipments (carrier, tracking_number);
