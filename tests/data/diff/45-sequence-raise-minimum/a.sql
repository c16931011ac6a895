CREATE SEQUENCE receipt_numbers;
