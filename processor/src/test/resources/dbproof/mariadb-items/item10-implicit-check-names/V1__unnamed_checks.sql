CREATE TABLE t (a int CHECK (a > 0), c int, d int, CHECK (c > d), CHECK (c > 0));
ALTER TABLE t ADD CHECK (d < 100);
ALTER TABLE t ADD CONSTRAINT d_small CHECK (d < 50);
