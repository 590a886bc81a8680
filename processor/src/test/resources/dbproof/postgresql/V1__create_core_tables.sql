-- generated shape: a shop/task-tracker schema evolving over four releases
CREATE TABLE customer (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(20) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(10, 2) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  CONSTRAINT uq_customer_code UNIQUE (code)
);
CREATE INDEX ix_customer_created ON customer (created_at);
CREATE TABLE product (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(21) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(11, 3) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES customer(id)
);
CREATE UNIQUE INDEX ux_product_title ON product (title);
CREATE TABLE supplier (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(22) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(12, 4) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES product(id)
);
CREATE INDEX ix_supplier_created ON supplier (created_at);
CREATE TABLE warehouse (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(23) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(13, 2) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES supplier(id),
  CONSTRAINT uq_warehouse_code UNIQUE (code)
);
CREATE TABLE invoice (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(24) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(14, 3) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES warehouse(id)
);
CREATE INDEX ix_invoice_created ON invoice (created_at);
CREATE TABLE payment (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(25) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(10, 4) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES invoice(id)
);
CREATE UNIQUE INDEX ux_payment_title ON payment (title);
CREATE TABLE shipment (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(26) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(11, 2) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES payment(id),
  CONSTRAINT uq_shipment_code UNIQUE (code)
);
CREATE INDEX ix_shipment_created ON shipment (created_at);
CREATE TABLE category (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(27) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(12, 3) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES shipment(id)
);
CREATE TABLE review (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(28) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(13, 4) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES category(id)
);
CREATE INDEX ix_review_created ON review (created_at);
CREATE TABLE coupon (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(29) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(14, 2) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES review(id),
  CONSTRAINT uq_coupon_code UNIQUE (code)
);
CREATE UNIQUE INDEX ux_coupon_title ON coupon (title);
CREATE TABLE employee (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(30) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(10, 3) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES coupon(id)
);
CREATE INDEX ix_employee_created ON employee (created_at);
CREATE TABLE department (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(31) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(11, 4) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES employee(id)
);
CREATE TABLE project_task (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(32) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(12, 2) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES department(id),
  CONSTRAINT uq_project_task_code UNIQUE (code)
);
CREATE INDEX ix_project_task_created ON project_task (created_at);
CREATE TABLE timesheet (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(33) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(13, 3) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES project_task(id)
);
CREATE UNIQUE INDEX ux_timesheet_title ON timesheet (title);
CREATE TABLE ticket (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(34) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(14, 4) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES timesheet(id)
);
CREATE INDEX ix_ticket_created ON ticket (created_at);
CREATE TABLE comment_note (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(35) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(10, 2) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES ticket(id),
  CONSTRAINT uq_comment_note_code UNIQUE (code)
);
CREATE TABLE tag_label (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(36) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(11, 3) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES comment_note(id)
);
CREATE INDEX ix_tag_label_created ON tag_label (created_at);
CREATE TABLE attachment (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(37) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(12, 4) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES tag_label(id)
);
CREATE UNIQUE INDEX ux_attachment_title ON attachment (title);
CREATE TABLE audit_entry (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(38) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(13, 2) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES attachment(id),
  CONSTRAINT uq_audit_entry_code UNIQUE (code)
);
CREATE INDEX ix_audit_entry_created ON audit_entry (created_at);
CREATE TABLE setting_value (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(39) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(14, 3) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES audit_entry(id)
);
CREATE TABLE cart (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(40) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(10, 4) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES setting_value(id)
);
CREATE INDEX ix_cart_created ON cart (created_at);
CREATE TABLE cart_item (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(41) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(11, 2) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES cart(id),
  CONSTRAINT uq_cart_item_code UNIQUE (code)
);
CREATE UNIQUE INDEX ux_cart_item_title ON cart_item (title);
CREATE TABLE order_head (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(42) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(12, 3) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES cart_item(id)
);
CREATE INDEX ix_order_head_created ON order_head (created_at);
CREATE TABLE order_line (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(43) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(13, 4) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES order_head(id)
);
CREATE TABLE price_rule (
  id BIGSERIAL PRIMARY KEY,
  code VARCHAR(44) NOT NULL,
  title VARCHAR(200),
  amount NUMERIC(14, 2) DEFAULT 0,
  active BOOLEAN NOT NULL DEFAULT TRUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
  note TEXT,
  status VARCHAR(20) CHECK (status IN ('NEW', 'OPEN', 'CLOSED')),
  parent_id BIGINT REFERENCES order_line(id),
  CONSTRAINT uq_price_rule_code UNIQUE (code)
);
CREATE INDEX ix_price_rule_created ON price_rule (created_at);
