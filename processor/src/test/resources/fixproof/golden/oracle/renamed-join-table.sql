-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

ALTER TABLE team_player_old RENAME TO team_player;
