ALTER TABLE contract_10 RENAME COLUMN start_priority_old TO start_priority;

ALTER TABLE contract_10 ALTER COLUMN amount_tax TYPE VARCHAR(32);

ALTER TABLE warehouse_8 ALTER COLUMN balance_expiry DROP NOT NULL;

ALTER TABLE warehouse_8 ALTER COLUMN street SET DEFAULT 'n/a';

ALTER TABLE contract_10 ADD CONSTRAINT fk_10_2 FOREIGN KEY (order_2_ref_id) REFERENCES order_6 (id);

ALTER TABLE account_4 DROP CONSTRAINT ck_4_0;

ALTER TABLE ticket_11 ALTER COLUMN region DROP NOT NULL;

ALTER TABLE order_6 ADD CONSTRAINT fk_6_1 FOREIGN KEY (customer_1_ref_id) REFERENCES customer_0 (id);

ALTER TABLE ticket_11 ALTER COLUMN expiry_quantity DROP DEFAULT;

ALTER TABLE contract_10 ALTER COLUMN source TYPE VARCHAR(32);
