-- dialect: postgres
-- expect: drop-schema@7
-- Reporting moved to the warehouse: remove the old in-database reporting schema.
REVOKE ALL ON SCHEMA reporting FROM analyst;
DROP MATERIALIZED VIEW IF EXISTS reporting.daily_revenue;

DROP SCHEMA reporting CASCADE;
