ALTER TABLE customer RENAME COLUMN full_name TO display_name;
ALTER TABLE product DROP COLUMN active;
ALTER TABLE product ADD COLUMN archived_at TIMESTAMPTZ;
