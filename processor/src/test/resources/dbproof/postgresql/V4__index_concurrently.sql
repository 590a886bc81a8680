-- generated shape: a shop/task-tracker schema evolving over four releases
CREATE INDEX CONCURRENTLY ix_ticket_code ON ticket (code);
DROP INDEX CONCURRENTLY ix_ticket_code;
