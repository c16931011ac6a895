CREATE TABLE tenants (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE);
CREATE TABLE products (
    tenant_id INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    sku TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (tenant_id, sku)
);
CREATE TABLE warehouses (
    tenant_id INTEGER NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
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
    CONSTRAINT stock_levels_product_fk FOREIGN KEY (tenant_id, sku)
        REFERENCES products (tenant_id, sku) ON UPDATE CASCADE ON DELETE CASCADE,
    CONSTRAINT stock_levels_warehouse_fk FOREIGN KEY (tenant_id, warehouse_code)
        REFERENCES warehouses (tenant_id, code) ON UPDATE CASCADE ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX stock_levels_place_key ON stock_levels (tenant_id, sku, warehouse_code);
