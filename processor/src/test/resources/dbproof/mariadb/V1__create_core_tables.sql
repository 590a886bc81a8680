-- A shop and help-desk schema in MariaDB's own syntax, evolving over five releases.
CREATE TABLE customer (
  id BIGINT NOT NULL AUTO_INCREMENT,
  email VARCHAR(190) NOT NULL,
  display_name VARCHAR(120) NOT NULL,
  phone VARCHAR(32),
  status ENUM('ACTIVE', 'SUSPENDED', 'CLOSED') NOT NULL DEFAULT 'ACTIVE',
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  note TEXT,
  PRIMARY KEY (id),
  UNIQUE KEY uq_customer_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE address (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  kind ENUM('BILLING', 'SHIPPING') NOT NULL,
  line1 VARCHAR(200) NOT NULL,
  line2 VARCHAR(200) NULL,
  city VARCHAR(100) NOT NULL,
  postal_code VARCHAR(16),
  country CHAR(2) NOT NULL DEFAULT 'DE',
  CONSTRAINT fk_address_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
  KEY idx_address_customer (customer_id)
) ENGINE=InnoDB;

CREATE TABLE `product_category` (
  `id` INT NOT NULL AUTO_INCREMENT,
  `parent_id` INT DEFAULT NULL,
  `code` VARCHAR(40) NOT NULL,
  `title` VARCHAR(160) NOT NULL,
  `sort_order` SMALLINT NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_category_code` (`code`),
  CONSTRAINT `fk_category_parent` FOREIGN KEY (`parent_id`) REFERENCES `product_category` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE product (
  id BIGINT NOT NULL AUTO_INCREMENT,
  category_id INT NOT NULL,
  sku VARCHAR(64) NOT NULL,
  title VARCHAR(200) NOT NULL,
  description MEDIUMTEXT,
  price DECIMAL(10, 2) NOT NULL,
  weight_grams INT,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  PRIMARY KEY (id),
  CONSTRAINT uq_product_sku UNIQUE (sku),
  CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES product_category (id)
) ENGINE=InnoDB;

CREATE TABLE supplier (
  id INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(150) NOT NULL,
  vat_number VARCHAR(20) UNIQUE,
  contact_email VARCHAR(190),
  rating TINYINT DEFAULT 3,
  note VARCHAR(500)
);

CREATE TABLE warehouse (
  id INT NOT NULL AUTO_INCREMENT,
  code CHAR(4) NOT NULL,
  name VARCHAR(100) NOT NULL,
  capacity INT NOT NULL DEFAULT 1000,
  title VARCHAR(100),
  PRIMARY KEY (id),
  UNIQUE (code)
);

CREATE TABLE stock_item (
  warehouse_id INT NOT NULL,
  product_id BIGINT NOT NULL,
  quantity INT NOT NULL DEFAULT 0,
  reserved INT NOT NULL DEFAULT 0,
  updated_at TIMESTAMP NULL,
  PRIMARY KEY (warehouse_id, product_id),
  CONSTRAINT fk_stock_warehouse FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
  CONSTRAINT fk_stock_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE
);

CREATE TABLE purchase_order (
  id BIGINT NOT NULL AUTO_INCREMENT,
  customer_id BIGINT NOT NULL,
  order_number VARCHAR(30) NOT NULL,
  state ENUM('NEW', 'PAID', 'SHIPPED', 'CANCELLED') NOT NULL DEFAULT 'NEW',
  total DECIMAL(12, 2) NOT NULL DEFAULT 0.00,
  currency CHAR(3) NOT NULL DEFAULT 'EUR',
  placed_at DATETIME NOT NULL,
  remarks VARCHAR(255),
  PRIMARY KEY (id),
  UNIQUE KEY uq_order_number (order_number),
  KEY idx_order_customer (customer_id, placed_at),
  CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB AUTO_INCREMENT=10000;

CREATE TABLE order_line (
  id BIGINT NOT NULL AUTO_INCREMENT,
  order_id BIGINT NOT NULL,
  product_id BIGINT NOT NULL,
  line_no SMALLINT NOT NULL,
  quantity INT NOT NULL DEFAULT 1,
  unit_price DECIMAL(10, 2) NOT NULL,
  discount DECIMAL(5, 2),
  PRIMARY KEY (id),
  UNIQUE KEY uq_order_line (order_id, line_no),
  CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE,
  CONSTRAINT fk_line_product FOREIGN KEY (product_id) REFERENCES product (id)
);

CREATE TABLE payment (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id BIGINT NOT NULL,
  method ENUM('CARD', 'INVOICE', 'PAYPAL') NOT NULL,
  amount DECIMAL(12, 2) NOT NULL,
  paid_at DATETIME,
  reference VARCHAR(64),
  CONSTRAINT fk_payment_order FOREIGN KEY (order_id) REFERENCES purchase_order (id)
);

CREATE TABLE shipment (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id BIGINT NOT NULL,
  carrier VARCHAR(40),
  tracking_code VARCHAR(80),
  status VARCHAR(20),
  shipped_at DATETIME,
  CONSTRAINT fk_shipment_order_v1 FOREIGN KEY (order_id) REFERENCES purchase_order (id)
);

CREATE TABLE coupon (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code VARCHAR(32) NOT NULL,
  percent_off TINYINT,
  valid_from DATE NOT NULL,
  valid_until DATE,
  max_uses INT DEFAULT NULL
);

CREATE TABLE review (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  product_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  stars TINYINT NOT NULL,
  title VARCHAR(120),
  body TEXT,
  CONSTRAINT fk_review_product FOREIGN KEY (product_id) REFERENCES product (id),
  CONSTRAINT fk_review_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT ck_review_stars CHECK (stars BETWEEN 1 AND 5)
);

CREATE TABLE department (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  cost_center VARCHAR(12),
  title VARCHAR(60)
);

CREATE TABLE employee (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  department_id INT,
  login VARCHAR(40) NOT NULL,
  full_name VARCHAR(120) NOT NULL,
  salary DECIMAL(10, 2),
  hired_on DATE,
  note VARCHAR(400),
  UNIQUE KEY uq_employee_login (login),
  CONSTRAINT fk_employee_department FOREIGN KEY (department_id) REFERENCES department (id) ON DELETE SET NULL
);

CREATE TABLE ticket (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT,
  assignee_id INT,
  subject VARCHAR(200) NOT NULL,
  priority ENUM('LOW', 'NORMAL', 'HIGH') NOT NULL DEFAULT 'NORMAL',
  status VARCHAR(20) DEFAULT 'OPEN',
  opened_at DATETIME NOT NULL,
  closed_at DATETIME,
  CONSTRAINT fk_ticket_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT fk_ticket_assignee FOREIGN KEY (assignee_id) REFERENCES employee (id),
  INDEX idx_ticket_status (status)
);

CREATE TABLE ticket_comment (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ticket_id BIGINT NOT NULL,
  author_id INT,
  body TEXT NOT NULL,
  internal TINYINT(1) NOT NULL DEFAULT 0,
  written_at DATETIME NOT NULL,
  CONSTRAINT fk_comment_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE,
  CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES employee (id)
);

CREATE TABLE tag (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  label VARCHAR(50) NOT NULL,
  color CHAR(7) DEFAULT '#cccccc',
  UNIQUE KEY (label)
);

CREATE TABLE ticket_tag (
  ticket_id BIGINT NOT NULL,
  tag_id INT NOT NULL,
  PRIMARY KEY (ticket_id, tag_id),
  CONSTRAINT fk_ticket_tag_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id) ON DELETE CASCADE,
  CONSTRAINT fk_ticket_tag_tag FOREIGN KEY (tag_id) REFERENCES tag (id) ON DELETE CASCADE
);

CREATE TABLE attachment (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ticket_id BIGINT NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  mime_type VARCHAR(100) NOT NULL DEFAULT 'application/octet-stream',
  size_bytes BIGINT NOT NULL,
  content LONGBLOB,
  code VARCHAR(40) NOT NULL,
  CONSTRAINT fk_attachment_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);

CREATE TABLE audit_log (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  entity VARCHAR(64) NOT NULL,
  entity_id BIGINT NOT NULL,
  action ENUM('INSERT', 'UPDATE', 'DELETE') NOT NULL,
  changed_by VARCHAR(64),
  changed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  amount DECIMAL(8, 2) DEFAULT 0,
  note VARCHAR(255),
  KEY idx_audit_entity (entity, entity_id)
);

CREATE TABLE setting (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  value VARCHAR(2000),
  title VARCHAR(100),
  updated_at DATETIME ON UPDATE CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS newsletter_signup (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(190) NOT NULL,
  confirmed BIT(1) NOT NULL DEFAULT b'0',
  signed_up_on DATE NOT NULL
);

CREATE INDEX idx_product_title ON product (title);
CREATE UNIQUE INDEX uq_coupon_code ON coupon (code);
CREATE INDEX idx_payment_paid ON payment (paid_at);
CREATE INDEX idx_shipment_tracking ON shipment (tracking_code);

INSERT INTO product_category (code, title) VALUES ('ROOT', 'All products');
INSERT INTO setting (name, value) VALUES ('shop.currency', 'EUR');
