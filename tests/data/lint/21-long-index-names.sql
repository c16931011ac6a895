-- dialect: postgres
-- transactional: false
-- expect: identifier-too-long@7, identifier-too-long@13
-- Reporting indexes on orders, named by a generator that does not count bytes.
CREATE INDEX CONCURRENTLY orders_merchant_id_created_at_idx ON orders (merchant_id, created_at);

CREATE INDEX CONCURRENTLY orders_merchant_id_fulfillment_center_id_created_at_and_status_idx
    ON orders (merchant_id, fulfillment_center_id, created_at, status);

-- Exactly 63 bytes is what PostgreSQL keeps: fine.
CREATE INDEX CONCURRENTLY orders_merchant_id_fulfillment_center_id_shipping_method_idx_v2 ON orders (shipping_method);

CREATE INDEX CONCURRENTLY "Bestellungen_nach_Händler_Lieferzentrum_und_Größe_gruppiert_idx"
    ON orders (merchant_id, package_size);

COMMENT ON INDEX orders_merchant_id_created_at_idx IS
    'used by the merchant dashboard; see reports_orders_by_merchant_and_fulfillment_center_and_shipping_method';
