# issue 15 item 2: MySQL '#' comments between column definitions, in a string and in a quoted name
CREATE TABLE hash_notes (
  id INT PRIMARY KEY, # the key
  # a comment line of its own
  label VARCHAR(40) NOT NULL DEFAULT '# not a comment', # a '#' inside a string stays
  `tag#1` VARCHAR(10), # a '#' inside a quoted name stays
  script VARCHAR(20) # a keyword as a column name, after a comment
);
ALTER TABLE hash_notes # a comment inside an ALTER TABLE
  ADD COLUMN sample INT NOT NULL; # and after it
