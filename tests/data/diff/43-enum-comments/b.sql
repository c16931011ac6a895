CREATE TYPE plan_tier AS ENUM ('free', 'pro', 'enterprise');
COMMENT ON TYPE plan_tier IS 'billing tier; enterprise is invoiced yearly';
CREATE TYPE region AS ENUM ('eu', 'us', 'apac');
COMMENT ON TYPE region IS 'data residency region';
CREATE TYPE payment_method AS ENUM ('card', 'invoice');
