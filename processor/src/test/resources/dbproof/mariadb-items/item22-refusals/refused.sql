-- each is refused by MariaDB: a foreign key between incompatible types (errno 150, "Foreign key
-- constraint is incorrectly formed"), or a column of a foreign key changed to such a type (1832)
CREATE TABLE r1 (x int, FOREIGN KEY (x) REFERENCES p (id));
CREATE TABLE r2 (x int, FOREIGN KEY (x) REFERENCES p (un));
CREATE TABLE r3 (x int unsigned, FOREIGN KEY (x) REFERENCES p (n));
CREATE TABLE r4 (x varchar(10), FOREIGN KEY (x) REFERENCES p (id));
CREATE TABLE r5 (x bigint, FOREIGN KEY (x) REFERENCES p (d));
CREATE TABLE r6 (x date, FOREIGN KEY (x) REFERENCES p (ts));
CREATE TABLE r7 (x text, FOREIGN KEY (x) REFERENCES p (code));
CREATE TABLE r8 (x float, FOREIGN KEY (x) REFERENCES p (f));
CREATE TABLE r9 (x smallint, FOREIGN KEY (x) REFERENCES p (n));
ALTER TABLE k ADD CONSTRAINT fk_k FOREIGN KEY (a) REFERENCES p (code);
ALTER TABLE c MODIFY a int;
