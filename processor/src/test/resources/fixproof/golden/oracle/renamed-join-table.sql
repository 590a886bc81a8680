-- Suggested by schemadrift <version>: the SQL that makes the database
-- match the entities. Review every statement before you keep this migration.

CREATE TABLE team_player (Team_id number(19,0) NOT NULL, players_id number(19,0) NOT NULL);
