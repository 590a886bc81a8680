-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

ALTER TABLE pet ADD CONSTRAINT fk_pet_owner_id FOREIGN KEY (owner_id) REFERENCES owner (id);
