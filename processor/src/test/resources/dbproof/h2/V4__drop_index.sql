-- generated shape: a shop/task-tracker schema evolving over four releases
CREATE INDEX ix_ticket_code ON ticket (code);
DROP INDEX IF EXISTS ix_ticket_code;
