CREATE TABLE bookings (
    id integer PRIMARY KEY,
    guests integer NOT NULL,
    starts_on date NOT NULL,
    ends_on date NOT NULL,
    price numeric(10,2),
    status text NOT NULL,
    CONSTRAINT bookings_guests_check CHECK (guests BETWEEN 1 AND 12),
    CONSTRAINT bookings_status_check CHECK (status IN ('held', 'confirmed', 'cancelled')),
    CONSTRAINT bookings_dates_check CHECK (ends_on > starts_on AND ends_on - starts_on <= 90),
    CONSTRAINT bookings_price_required CHECK (status = 'held' OR price IS NOT NULL)
);
