-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

-- the new key fails, changing nothing, while (id) holds NULLs or duplicates: clean those rows first
ALTER TABLE items DROP PRIMARY KEY;
ALTER TABLE items ADD PRIMARY KEY (id);
