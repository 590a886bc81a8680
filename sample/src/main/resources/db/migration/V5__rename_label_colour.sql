ALTER TABLE labels RENAME COLUMN colour TO color;
