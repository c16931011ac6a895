CREATE TABLE tenants (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE);
CREATE TABLE products (
    tenant_id INTEGER NOT NULL REFERENCES tenants (id),
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (tenant_id, sku)
);
CREATE TABLE warehouses (
    tenant_id INTEGER NOT NULL REFERENCES tenants (id),
    code TEXT NOT NULL,
    city TEXT,
    CONSTRAINT warehouses_pkey PRIMARY KEY (tenant_id, code)
);
CREATE TABLE stock_levels (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL,
    sku TEXT NOT NULL,
    warehouse_code TEXT NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 0,
    FOREIGN KEY (tenant_id, sku) REFERENCES products (tenant_id, sku)
);
CREATE UNIQUE INDEX stock_levels_place_key ON stock_levels (tenant_id, sku, warehouse_code);
