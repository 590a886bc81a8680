UPDATE employee9 SET due_height = '2020-01-01' WHERE due_height IS NULL;

ALTER TABLE employee9 ALTER COLUMN due_height SET NOT NULL;

ALTER TABLE supplier_7 DROP COLUMN obsolete_5;

ALTER TABLE invoice_1 ALTER COLUMN amount_title DROP DEFAULT;

ALTER TABLE employee9 RENAME COLUMN region_title_old TO region_title;

ALTER TABLE contract_10 ALTER COLUMN balance TYPE NUMERIC(19,4);

ALTER TABLE ticket_11 ALTER COLUMN price_expiry DROP NOT NULL;

CREATE OR REPLACE FUNCTION touch_9() RETURNS trigger AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trg_touch_9 BEFORE UPDATE ON employee9
    FOR EACH ROW EXECUTE FUNCTION touch_9();

ALTER TABLE product_2 ALTER COLUMN category DROP NOT NULL;
