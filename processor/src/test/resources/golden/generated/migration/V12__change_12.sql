ALTER TABLE shipment3 ADD CONSTRAINT fk_3_0 FOREIGN KEY (customer_ref_id) REFERENCES customer_0 (id);

ALTER TABLE shipment3 ALTER COLUMN priority_weight DROP NOT NULL;

ALTER TABLE order_6 RENAME COLUMN archived_visible_old TO archived_visible;

ALTER TABLE payment_5 DROP CONSTRAINT ck_5_0;

CREATE INDEX ix_11_0 ON ticket_11 (rating_quantity);

ALTER TABLE shipment3 ALTER COLUMN amount DROP NOT NULL;

ALTER TABLE employee9 ADD CONSTRAINT fk_9_2 FOREIGN KEY (payment_2_ref_id) REFERENCES payment_5 (id);

ALTER TABLE product_2 ALTER COLUMN city TYPE VARCHAR(100);

ALTER TABLE warehouse_8 RENAME COLUMN height_code_old TO height_code;

ALTER TABLE ticket_11 ALTER COLUMN tax DROP NOT NULL;
