CREATE TABLE rectangles (id INTEGER PRIMARY KEY, width REAL NOT NULL, height REAL NOT NULL,
    area REAL GENERATED ALWAYS AS (width * height) STORED,
    perimeter REAL GENERATED ALWAYS AS (2 * (width + height)) VIRTUAL,
    label TEXT GENERATED ALWAYS AS (width || 'x' || height) STORED);
