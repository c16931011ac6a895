INSERT INTO stock VALUES ('a', 10), ('b', 3);
INSERT INTO sales (sku, quantity) VALUES ('a', 2);
