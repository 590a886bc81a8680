-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

-- 'pet' was dropped at V1__pet.sql:3 with its rows: this creates it again, empty
CREATE TABLE pet (id bigint IDENTITY(1,1) NOT NULL, tag varchar(30) NOT NULL, owner_id bigint, PRIMARY KEY (id), CONSTRAINT uk_pet_tag UNIQUE (tag));

ALTER TABLE pet ADD CONSTRAINT fk_pet_owner_id FOREIGN KEY (owner_id) REFERENCES owner (id);
