ALTER TABLE contract_10 DROP COLUMN obsolete_3;

ALTER TABLE supplier_7 ADD CONSTRAINT fk_7_2 FOREIGN KEY (product_ref_id) REFERENCES product_2 (id);

ALTER TABLE invoice_1 ALTER COLUMN amount_reference SET DEFAULT FALSE;

ALTER TABLE employee9 RENAME COLUMN discount_label_old TO discount_label;

CREATE INDEX ix_8_0 ON warehouse_8 (archived);

ALTER TABLE contract_10 ALTER COLUMN tax TYPE BIGINT;

ALTER TABLE supplier_7 RENAME COLUMN tax_balance_old TO tax_balance;

ALTER TABLE account_4 ALTER COLUMN price_visible DROP NOT NULL;

ALTER TABLE shipment3 ALTER COLUMN quantity_status TYPE BIGINT;

ALTER TABLE product_2 ADD COLUMN obsolete_2 INTEGER;
