ALTER TABLE customer CHANGE COLUMN full_name display_name VARCHAR(200) NOT NULL;
