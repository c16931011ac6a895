CREATE TABLE sensors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    installed_on TEXT,
    calibration REAL,
    firmware INT NOT NULL DEFAULT 1,
    serial BLOB,
    label TEXT COLLATE NOCASE DEFAULT 'unlabelled',
    metadata ANY
) STRICT;
CREATE TABLE readings (
    id INTEGER PRIMARY KEY,
    sensor_id INTEGER NOT NULL REFERENCES sensors (id),
    taken_at TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT NOT NULL DEFAULT 'C' CHECK (unit IN ('C', 'F', 'K')),
    quality INTEGER DEFAULT 100,
    raw BLOB
) STRICT;
CREATE INDEX readings_sensor_idx ON readings (sensor_id, taken_at);
