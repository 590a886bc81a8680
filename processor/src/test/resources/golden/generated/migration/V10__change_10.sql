ALTER TABLE invoice_1 ADD CONSTRAINT fk_1_0 FOREIGN KEY (customer_id) REFERENCES customer_0 (id);

ALTER TABLE warehouse_8 ALTER COLUMN region_start SET DEFAULT '2020-01-01 00:00:00';

ALTER TABLE product_2 DROP CONSTRAINT ck_2_0;

ALTER TABLE account_4 ADD COLUMN region_reference VARCHAR(250);

UPDATE contract_10 SET quota = '2020-01-01' WHERE quota IS NULL;

ALTER TABLE contract_10 ALTER COLUMN quota SET NOT NULL;

ALTER TABLE payment_5 ADD CONSTRAINT ck_5_0 CHECK (label_due >= 0);

ALTER TABLE order_6 ALTER COLUMN street TYPE VARCHAR(200);

CREATE INDEX ix_8_1 ON warehouse_8 (city);

ALTER TABLE invoice_1 ADD COLUMN status_quota BOOLEAN;
