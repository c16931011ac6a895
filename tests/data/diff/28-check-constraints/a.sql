CREATE TABLE bookings (
    id integer PRIMARY KEY,
    guests integer NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    price numeric(10,2),
    status text NOT NULL,
    CONSTRAINT bookings_guests_check CHECK (guests > 0),
    CONSTRAINT bookings_status_check CHECK (status IN ('held', 'confirmed', 'cancelled')),
    CONSTRAINT bookings_price_check CHECK (price >= 0)
);
