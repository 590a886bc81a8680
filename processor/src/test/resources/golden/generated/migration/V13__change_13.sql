ALTER TABLE employee9 RENAME COLUMN notes_archived_old TO notes_archived;

ALTER TABLE account_4 ADD CONSTRAINT ck_4_0 CHECK (notes_archived >= 0);

ALTER TABLE shipment3 ALTER COLUMN score DROP NOT NULL;

ALTER TABLE warehouse_8 ALTER COLUMN region_start DROP DEFAULT;

ALTER TABLE ticket_11 ADD COLUMN priority BOOLEAN;

CREATE INDEX ix_7_0 ON supplier_7 (updated_at);

CREATE INDEX ix_7_1 ON supplier_7 (version);

ALTER TABLE supplier_7 DROP COLUMN obsolete_4;

CREATE OR REPLACE FUNCTION clamp_2(a integer, b integer) RETURNS integer AS $$
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

ALTER TABLE shipment3 ALTER COLUMN source_quota DROP DEFAULT;
