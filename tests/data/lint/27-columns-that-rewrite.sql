-- dialect: postgres
-- expect: add-column-rewrites@6, add-column-rewrites@9, add-not-null-column-without-default@12, add-column-rewrites@15
-- Public ids, a row number and a required region for orders.
ALTER TABLE orders ADD COLUMN placed_via text DEFAULT 'web';
ALTER TABLE orders ADD COLUMN imported_at timestamptz DEFAULT now();
ALTER TABLE orders ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();

-- bigserial gives every existing row its own number: a rewrite.
ALTER TABLE orders ADD COLUMN seq_no bigserial;

-- Fails on a table with rows.
ALTER TABLE orders ADD COLUMN region text NOT NULL;

-- Stored generated columns are computed for every row.
ALTER TABLE orders ADD COLUMN total_with_tax_cents bigint
    GENERATED ALWAYS AS (total_cents + tax_cents) STORED;

-- The safe form of a public id: no default on ADD, the default for new rows after.
ALTER TABLE orders ADD COLUMN share_token uuid;
ALTER TABLE orders ALTER COLUMN share_token SET DEFAULT gen_random_uuid();
