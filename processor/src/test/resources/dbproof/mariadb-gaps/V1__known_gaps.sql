-- MariaDB forms the replay gets wrong today (see MariaDbReplayProofTest.knownGapsAgreeWithMariadb).
CREATE TABLE customer (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(190) NOT NULL,
  display_name VARCHAR(120) NOT NULL,
  UNIQUE KEY uq_customer_email (email)
);
CREATE TABLE purchase_order (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  FOREIGN KEY (customer_id) REFERENCES customer (id)
);
-- column positions: AFTER and FIRST
ALTER TABLE customer ADD COLUMN locale VARCHAR(10) AFTER email;
ALTER TABLE customer ADD COLUMN tenant_id INT FIRST;
-- a UNIQUE KEY that CREATE TABLE named, dropped with DROP INDEX
ALTER TABLE customer DROP INDEX uq_customer_email;
-- the name InnoDB gives an unnamed foreign key (<table>_ibfk_<n>)
ALTER TABLE purchase_order DROP FOREIGN KEY purchase_order_ibfk_1;
