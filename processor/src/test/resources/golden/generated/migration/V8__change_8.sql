COMMENT ON COLUMN warehouse_8.remark_source IS 'the remark source';

ALTER TABLE payment_5 RENAME COLUMN notes_remark_old TO notes_remark;

ALTER TABLE order_6 ADD COLUMN obsolete_2 INTEGER;

CREATE OR REPLACE FUNCTION touch_4() RETURNS trigger AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trg_touch_4 BEFORE UPDATE ON account_4
    FOR EACH ROW EXECUTE FUNCTION touch_4();

ALTER TABLE payment_5 ADD COLUMN quota_region VARCHAR(200) DEFAULT 'n/a' NOT NULL;

ALTER TABLE shipment3 RENAME COLUMN notes_tax_old TO notes_tax;

ALTER TABLE contract_10 ADD COLUMN level_expiry BIGINT;

COMMENT ON COLUMN invoice_1.quota_price IS 'the quota price';

ALTER TABLE product_2 DROP COLUMN obsolete_2;
