-- dialect: postgres
-- expect: unused-ignore@9
-- Archive old carts. The DROP TABLE that ended this file was moved to a later migration,
-- but its ignore comment stayed behind.
INSERT INTO carts_archive SELECT * FROM carts WHERE updated_at < now() - interval '1 year';
DELETE FROM carts WHERE updated_at < now() - interval '1 year';

-- Backed up above, nobody reads carts_legacy since 4.2.
-- strata:ignore drop-table
