-- Hibernate maps String to VARCHAR: CHAR(7) fails `ddl-auto=validate` (found bpchar, expecting varchar(7)).
ALTER TABLE labels ALTER COLUMN color TYPE VARCHAR(7);
