CREATE TABLE bookings (id integer PRIMARY KEY, room integer NOT NULL, during tstzrange NOT NULL);
CREATE TABLE holidays (id integer PRIMARY KEY, span daterange NOT NULL,
    CONSTRAINT holidays_no_overlap EXCLUDE USING gist (span WITH &&));
