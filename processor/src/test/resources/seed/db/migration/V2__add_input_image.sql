ALTER TABLE dreamwork_tasks ADD COLUMN input_image TEXT;
