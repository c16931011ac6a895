SET check_function_bodies = false;
CREATE SCHEMA util;
CREATE FUNCTION util.new_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT 'T-' || count(*) FROM public.tickets $$;
CREATE FUNCTION util.is_code(value text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT value ~ '^T-[0-9]+$' $$;
CREATE TABLE tickets (id integer PRIMARY KEY, code text NOT NULL DEFAULT util.new_code() CHECK (util.is_code(code)));
CREATE TABLE counters (id integer PRIMARY KEY, seen integer NOT NULL DEFAULT 0);
CREATE VIEW ticket_codes AS SELECT util.is_code(code) AS valid, count(*) AS n FROM tickets GROUP BY 1;
