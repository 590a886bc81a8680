-- what PostgreSQL accepts: foreign keys whose referencing type widens to the referenced one
CREATE TABLE p (id bigint PRIMARY KEY, code varchar(20) UNIQUE, d numeric(10, 2) UNIQUE, ts timestamp UNIQUE, f double precision UNIQUE, note text NOT NULL);
CREATE TABLE c (i int REFERENCES p (id), s smallint REFERENCES p (id), b bigint REFERENCES p (d), t text REFERENCES p (code),
  v varchar(5) REFERENCES p (code), ch char(5) REFERENCES p (code), dt date REFERENCES p (ts), n numeric REFERENCES p (f));
CREATE TABLE k (a int, b int, note text NOT NULL, PRIMARY KEY (a, b));
ALTER TABLE p ALTER COLUMN note DROP NOT NULL;
ALTER TABLE c ALTER COLUMN i TYPE bigint;
