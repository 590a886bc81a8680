-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

-- SQL Server cannot make an existing column an identity, so the table is rebuilt: a copy with the identity
-- takes every row with its id (IDENTITY_INSERT, which moves the identity past the largest id), then
-- replaces it. Keys, checks and indexes are restated unnamed, and triggers, permissions and
-- anything else the migrations do not show must be restated by hand
CREATE TABLE items_schemadrift (id bigint IDENTITY(1,1) NOT NULL, name varchar(255), code varchar(40), price numeric(10, 2), label varchar(20), flag varchar(255) NOT NULL, PRIMARY KEY (id));
SET IDENTITY_INSERT items_schemadrift ON;
INSERT INTO items_schemadrift (id, name, code, price, label, flag) SELECT id, name, code, price, label, flag FROM items;
SET IDENTITY_INSERT items_schemadrift OFF;
DROP TABLE items;
EXEC sp_rename 'items_schemadrift', 'items';
