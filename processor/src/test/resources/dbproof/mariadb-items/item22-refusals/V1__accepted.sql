-- what MariaDB accepts: a primary-key column "made" nullable stays NOT NULL without a word, and
-- foreign keys between integers of one size and sign, strings of any length, decimals, date-times
CREATE TABLE p (id bigint PRIMARY KEY, n int UNIQUE, un int unsigned UNIQUE, code varchar(20) UNIQUE,
  ts datetime UNIQUE, d decimal(10, 2) UNIQUE, f double UNIQUE, ch char(5) UNIQUE);
CREATE TABLE k (a int, b int, PRIMARY KEY (a, b));
ALTER TABLE p MODIFY id bigint NULL;
ALTER TABLE k CHANGE b b int NULL DEFAULT NULL;
CREATE TABLE c (a bigint, b varchar(5), c timestamp NULL, e decimal(12, 2), f integer, g int unsigned, h double, i char(3), j varchar(9),
  FOREIGN KEY (a) REFERENCES p (id), FOREIGN KEY (b) REFERENCES p (code), FOREIGN KEY (c) REFERENCES p (ts),
  FOREIGN KEY (e) REFERENCES p (d), FOREIGN KEY (f) REFERENCES p (n), FOREIGN KEY (g) REFERENCES p (un),
  FOREIGN KEY (h) REFERENCES p (f), FOREIGN KEY (i) REFERENCES p (code), FOREIGN KEY (j) REFERENCES p (ch));
