CREATE DOMAIN email AS text NOT NULL CONSTRAINT email_has_at CHECK (VALUE ~ '@') CONSTRAINT email_short CHECK (length(VALUE) < 255);
CREATE DOMAIN percent AS numeric(5,2) DEFAULT 10 CONSTRAINT percent_range CHECK (VALUE >= 0 AND VALUE <= 100);
CREATE DOMAIN positive_money AS numeric(12,2) CHECK (VALUE > 0);
CREATE TABLE users (id integer PRIMARY KEY, address email NOT NULL, discount percent, credit positive_money);
