-- revision: 69772d7008f6
-- down_revision: 2db29c74e6a9
-- message: backfill initial inventory movements
-- created: 2026-03-18T14:50:00Z
-- transactional: true

-- migrate:upgrade
-- Data migration: one 'initial' movement per product, so that the sum of the
-- movements equals products.stock from now on.
INSERT INTO inventory_movements (product_id, delta, reason, note)
SELECT id, stock, 'initial', 'opening balance'
FROM products
WHERE stock <> 0;

-- migrate:downgrade
DELETE FROM inventory_movements WHERE reason = 'initial';
