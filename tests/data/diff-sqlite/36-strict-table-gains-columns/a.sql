CREATE TABLE sensors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    installed_on TEXT
) STRICT;
CREATE TABLE readings (
    id INTEGER PRIMARY KEY,
    sensor_id INTEGER NOT NULL REFERENCES sensors (id),
    taken_at TEXT NOT NULL,
    value REAL NOT NULL
) STRICT;
CREATE INDEX readings_sensor_idx ON readings (sensor_id, taken_at);
