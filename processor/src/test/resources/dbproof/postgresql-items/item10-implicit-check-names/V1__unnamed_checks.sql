CREATE TABLE t (a int CHECK (a > 0), b int CONSTRAINT b_pos CHECK (b > 0), c int, d int, CHECK (c > d), CHECK (c > 0));
ALTER TABLE t ADD CHECK (d < 100);
ALTER TABLE t ADD COLUMN e int CHECK (e <> 0);
CREATE TABLE u (a int CHECK (a > 0), CHECK (a < 10), s varchar(1) CHECK (s IN ('A', 'B')));
