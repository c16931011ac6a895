CREATE TABLE users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    username text NOT NULL,
    tenant_id integer NOT NULL,
    external_ref text,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_tenant_username_key UNIQUE (tenant_id, username)
);
CREATE TABLE seats (
    id integer PRIMARY KEY,
    flight text NOT NULL,
    seat text NOT NULL,
    boarding_order integer NOT NULL,
    CONSTRAINT seats_flight_seat_key UNIQUE (flight, seat) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT seats_flight_order_key UNIQUE (flight, boarding_order) DEFERRABLE INITIALLY IMMEDIATE
);
