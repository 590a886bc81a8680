ALTER TABLE order_6 RENAME COLUMN due_reference_old TO due_reference;

ALTER TABLE contract_10 ADD CONSTRAINT fk_10_0 FOREIGN KEY (shipment_ref_id) REFERENCES shipment3 (shipment_id);

INSERT INTO app_event (kind, payload, created_at) VALUES ('migration', 'step 3; seeded', CURRENT_TIMESTAMP);

ALTER TABLE order_6 ALTER COLUMN level_balance TYPE NUMERIC(19,4);

ALTER TABLE order_6 ALTER COLUMN category_tax DROP DEFAULT;

ALTER TABLE warehouse_8 ALTER COLUMN postal_code SET DEFAULT 'n/a';

ALTER TABLE warehouse_8 ALTER COLUMN postal_code DROP DEFAULT;

ALTER TABLE account_4 ALTER COLUMN label_start TYPE BIGINT;

ALTER TABLE account_4 ALTER COLUMN level_weight DROP NOT NULL;

ALTER TABLE warehouse_8 ALTER COLUMN street DROP DEFAULT;
