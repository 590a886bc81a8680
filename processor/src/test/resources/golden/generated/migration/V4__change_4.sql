CREATE INDEX ix_2_1 ON product_2 (balance_title);

ALTER TABLE warehouse_8 ADD COLUMN category_due TIMESTAMP(6);

ALTER TABLE shipment3 ALTER COLUMN height DROP NOT NULL;

COMMENT ON COLUMN supplier_7.expiry IS 'the expiry';

ALTER TABLE order_6 ADD COLUMN label VARCHAR(32) DEFAULT 'WEB' NOT NULL;

CREATE OR REPLACE VIEW event_summary_0 AS SELECT kind, COUNT(*) AS events FROM app_event GROUP BY kind;

CREATE OR REPLACE FUNCTION clamp_1(a integer, b integer) RETURNS integer AS $$
DECLARE
    total integer;
BEGIN
    total := a + b;
    IF total > 100 THEN
        total := 100;
    END IF;
    RETURN total;
END;
$$ LANGUAGE plpgsql;

COMMENT ON COLUMN order_6.start_height IS 'the start height';

ALTER TABLE payment_5 ALTER COLUMN status_code TYPE INTEGER;

ALTER TABLE payment_5 ADD COLUMN height_code DATE;
