CREATE TYPE plan_tier AS ENUM ('free', 'pro', 'enterprise');
COMMENT ON TYPE plan_tier IS 'billing tier';
CREATE TYPE region AS ENUM ('eu', 'us', 'apac');
CREATE TYPE payment_method AS ENUM ('card', 'invoice');
COMMENT ON TYPE payment_method IS 'how a customer pays';
