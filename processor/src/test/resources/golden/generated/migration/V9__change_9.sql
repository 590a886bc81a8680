ALTER TABLE warehouse_8 DROP COLUMN obsolete_2;

ALTER TABLE order_6 DROP COLUMN obsolete_2;

ALTER TABLE order_6 ALTER COLUMN postal_code DROP DEFAULT;

ALTER TABLE invoice_1 ALTER COLUMN amount_reference DROP DEFAULT;

ALTER TABLE ticket_11 ALTER COLUMN expiry_quantity SET DEFAULT '2020-01-01';

ALTER TABLE supplier_7 ADD COLUMN obsolete_4 INTEGER;

ALTER TABLE payment_5 ALTER COLUMN external TYPE VARCHAR(300);

ALTER TABLE employee9 ALTER COLUMN notes TYPE VARCHAR(100);

ALTER TABLE order_6 RENAME COLUMN channel_priority_old TO channel_priority;

ALTER TABLE product_2 DROP COLUMN obsolete_3;
