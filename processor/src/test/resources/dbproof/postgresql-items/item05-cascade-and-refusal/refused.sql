-- each is refused by PostgreSQL without CASCADE: something still depends on what it drops
DROP TABLE a;
ALTER TABLE a DROP CONSTRAINT a_pkey;
ALTER TABLE a DROP COLUMN id;
DROP TABLE b;
