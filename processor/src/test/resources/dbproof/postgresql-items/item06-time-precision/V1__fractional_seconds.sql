CREATE TABLE t (a TIMESTAMP(3), b TIME(0), c TIMESTAMPTZ(6), d timestamp(2) with time zone, e timestamp, f time(5) with time zone, g timestamptz);
ALTER TABLE t ALTER COLUMN a TYPE timestamp(1);
ALTER TABLE t ALTER COLUMN b TYPE time(4);
ALTER TABLE t ALTER COLUMN e TYPE timestamptz(0);
ALTER TABLE t ADD COLUMN h timestamp(2) without time zone;
