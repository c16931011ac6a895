CREATE SEQUENCE session_numbers;
CREATE TABLE sessions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    token text NOT NULL DEFAULT md5(random()::text),
    started_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz DEFAULT (now() + interval '30 days'),
    sequence_no bigint DEFAULT nextval('session_numbers')
);
