-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

EXEC sp_rename 'team_player_old', 'team_player';
