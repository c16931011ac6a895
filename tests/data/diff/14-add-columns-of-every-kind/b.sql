CREATE TABLE products (
    id integer PRIMARY KEY,
    name text NOT NULL,
    price numeric(10,2) NOT NULL,
    sku varchar(32) COLLATE "C",
    price_gross numeric(12,2) GENERATED ALWAYS AS (round(price * 1.2, 2)) STORED,
    description text,
    weight_grams integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN products.sku IS 'stock keeping unit, compared byte-wise';
COMMENT ON COLUMN products.description IS 'shown on the product page';
