-- each is refused by PostgreSQL: a primary-key column made nullable ("column is in a primary key"),
-- a foreign key between incompatible types (42804 "cannot be implemented")
ALTER TABLE p ALTER COLUMN id DROP NOT NULL;
ALTER TABLE k ADD COLUMN extra int, ALTER COLUMN b DROP NOT NULL;
CREATE TABLE r1 (x varchar(10) REFERENCES p (id));
CREATE TABLE r2 (x bigint REFERENCES p (code));
CREATE TABLE r3 (x numeric(19) REFERENCES p (id));
CREATE TABLE r4 (x double precision REFERENCES p (d));
CREATE TABLE r5 (x date REFERENCES p (code));
ALTER TABLE k ADD CONSTRAINT fk_k FOREIGN KEY (a) REFERENCES p (code);
ALTER TABLE c ALTER COLUMN t TYPE int USING 0;
