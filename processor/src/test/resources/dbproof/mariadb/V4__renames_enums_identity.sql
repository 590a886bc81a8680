-- Release 4: tables renamed, enum labels extended, identities moved.
RENAME TABLE setting TO app_setting;
RENAME TABLE tag TO ticket_label, newsletter_signup TO newsletter_subscription;
ALTER TABLE audit_log RENAME TO audit_entry;
ALTER TABLE app_setting RENAME app_config;

ALTER TABLE customer MODIFY status ENUM('ACTIVE', 'SUSPENDED', 'CLOSED', 'DELETED') NOT NULL DEFAULT 'ACTIVE';
ALTER TABLE purchase_order MODIFY COLUMN state ENUM('NEW', 'PAID', 'PACKED', 'SHIPPED', 'DELIVERED', 'CANCELLED') NOT NULL DEFAULT 'NEW';
ALTER TABLE payment CHANGE method payment_method ENUM('CARD', 'INVOICE', 'PAYPAL', 'SEPA') NOT NULL DEFAULT 'CARD';
ALTER TABLE ticket MODIFY priority ENUM('LOW', 'NORMAL', 'HIGH', 'URGENT');
ALTER TABLE ticket ADD COLUMN channel ENUM('EMAIL', 'PHONE', 'WEB') NOT NULL DEFAULT 'WEB';
ALTER TABLE shipment MODIFY status ENUM('NEW', 'IN_TRANSIT', 'DELIVERED', 'LOST') NOT NULL DEFAULT 'NEW';
ALTER TABLE audit_entry MODIFY action ENUM('INSERT', 'UPDATE', 'DELETE', 'LOGIN') NOT NULL;
ALTER TABLE address MODIFY kind VARCHAR(16) NOT NULL;

CREATE TABLE sla_policy (
  code VARCHAR(20) NOT NULL,
  priority ENUM('LOW', 'NORMAL', 'HIGH', 'URGENT') NOT NULL,
  response_minutes INT NOT NULL,
  resolution_minutes INT,
  PRIMARY KEY (code)
);
ALTER TABLE sla_policy ADD COLUMN id INT NOT NULL;
ALTER TABLE sla_policy DROP PRIMARY KEY, ADD PRIMARY KEY (id);
ALTER TABLE sla_policy MODIFY id INT NOT NULL AUTO_INCREMENT;
ALTER TABLE sla_policy ADD UNIQUE KEY uq_sla_code (code);
ALTER TABLE ticket ADD COLUMN sla_policy_id INT, ADD CONSTRAINT fk_ticket_sla FOREIGN KEY (sla_policy_id) REFERENCES sla_policy (id);

CREATE TABLE gift_card (
  card_number VARCHAR(24) NOT NULL PRIMARY KEY,
  balance DECIMAL(10, 2) NOT NULL DEFAULT 0,
  customer_id BIGINT,
  issued_on DATE NOT NULL
);
ALTER TABLE gift_card DROP PRIMARY KEY;
ALTER TABLE gift_card ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY;
ALTER TABLE gift_card ADD CONSTRAINT uq_gift_card_number UNIQUE (card_number);
ALTER TABLE gift_card ADD CONSTRAINT fk_gift_card_customer FOREIGN KEY (customer_id) REFERENCES customer (id);
ALTER TABLE gift_card AUTO_INCREMENT = 500;

ALTER TABLE coupon MODIFY id INT NOT NULL;
ALTER TABLE coupon MODIFY id INT NOT NULL AUTO_INCREMENT;
ALTER TABLE department CHANGE id id INT NOT NULL AUTO_INCREMENT COMMENT 'surrogate key';
ALTER TABLE ticket_label CHANGE COLUMN label name VARCHAR(64) NOT NULL;
ALTER TABLE newsletter_subscription CHANGE confirmed confirmed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_config CHANGE value setting_value TEXT NOT NULL;
ALTER TABLE audit_entry MODIFY id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT;
ALTER TABLE audit_entry AUTO_INCREMENT = 1000000;
