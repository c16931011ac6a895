CREATE TABLE bookings (id integer PRIMARY KEY, room integer NOT NULL, during tstzrange NOT NULL,
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&) WHERE (room > 0));
CREATE TABLE holidays (id integer PRIMARY KEY, span daterange NOT NULL);
CREATE TABLE maintenance (id integer PRIMARY KEY, window_span tstzrange NOT NULL,
    CONSTRAINT maintenance_no_overlap EXCLUDE USING gist (window_span WITH &&));
