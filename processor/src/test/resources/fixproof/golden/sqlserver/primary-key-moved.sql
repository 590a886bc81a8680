-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

-- the new key fails, changing nothing, while (id) holds NULLs or duplicates: clean those rows first
-- SQL Server named the key itself, so its name is read from sys.key_constraints
DECLARE @schemadrift_drop nvarchar(max) = (SELECT N'ALTER TABLE items DROP CONSTRAINT ' + QUOTENAME(name) FROM sys.key_constraints WHERE parent_object_id = OBJECT_ID(N'items') AND type = 'PK')
EXEC sp_executesql @schemadrift_drop;
ALTER TABLE items ADD PRIMARY KEY (id);
