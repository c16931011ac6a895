CREATE SEQUENCE invoice_numbers START 1000 INCREMENT 10;
CREATE TABLE invoices (id integer PRIMARY KEY, number bigint NOT NULL DEFAULT nextval('invoice_numbers'));
