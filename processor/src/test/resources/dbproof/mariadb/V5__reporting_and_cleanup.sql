-- Release 5: reporting views, a loyalty module, and what the shop no longer needs.
CREATE TABLE loyalty_account (
  id BIGINT NOT NULL AUTO_INCREMENT,
  customer_id BIGINT NOT NULL,
  tier ENUM('BRONZE', 'SILVER', 'GOLD') NOT NULL DEFAULT 'BRONZE',
  points INT UNSIGNED NOT NULL DEFAULT 0,
  opened_on DATE NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_loyalty_customer (customer_id),
  CONSTRAINT fk_loyalty_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE loyalty_transaction (
  id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  account_id BIGINT NOT NULL,
  order_id BIGINT,
  delta INT NOT NULL,
  reason VARCHAR(120),
  booked_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT fk_loyalty_tx_account FOREIGN KEY (account_id) REFERENCES loyalty_account (id),
  CONSTRAINT fk_loyalty_tx_order FOREIGN KEY (order_id) REFERENCES purchase_order (id)
);

ALTER TABLE customer DROP COLUMN loyalty_points;
ALTER TABLE loyalty_account ADD COLUMN expires_on DATE, MODIFY points INT NOT NULL DEFAULT 0;
ALTER TABLE loyalty_transaction CHANGE reason reason_text VARCHAR(255), ALTER COLUMN booked_at DROP DEFAULT;

CREATE TABLE temp_import_product (
  sku VARCHAR(64),
  title VARCHAR(200),
  price DECIMAL(10, 2)
);
INSERT INTO temp_import_product (sku, title, price) VALUES ('X-1', 'Sample', 9.99);
DROP TABLE temp_import_product;
DROP TABLE IF EXISTS legacy_cart;

CREATE TABLE wishlist (
  customer_id BIGINT NOT NULL,
  product_id BIGINT NOT NULL,
  added_at DATETIME NOT NULL,
  PRIMARY KEY (customer_id, product_id)
);
ALTER TABLE wishlist ADD CONSTRAINT fk_wishlist_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  ADD CONSTRAINT fk_wishlist_product FOREIGN KEY (product_id) REFERENCES product (id);
ALTER TABLE wishlist ADD COLUMN note VARCHAR(200) NULL DEFAULT NULL;

ALTER TABLE ticket_comment DROP FOREIGN KEY fk_comment_author;
ALTER TABLE ticket_comment DROP COLUMN author_id;
ALTER TABLE ticket_comment ADD COLUMN author_login VARCHAR(40);

CREATE INDEX idx_review_product ON review (product_id);
ALTER TABLE review DROP CONSTRAINT uq_review_once;
ALTER TABLE review ADD CONSTRAINT fk_review_customer_v2 FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE;

ALTER TABLE stock_item DROP CONSTRAINT ck_stock_quantity;
ALTER TABLE stock_item DROP COLUMN min_quantity, ADD COLUMN reorder_level INT NOT NULL DEFAULT 10;

ALTER TABLE supplier DROP CONSTRAINT ck_supplier_rating;
ALTER TABLE supplier MODIFY remarks TEXT;

ALTER TABLE address DROP FOREIGN KEY fk_address_customer;
DROP INDEX idx_address_customer ON address;
ALTER TABLE address ADD CONSTRAINT fk_address_customer_v2 FOREIGN KEY (customer_id) REFERENCES customer (id);

ALTER TABLE employee ALTER COLUMN salary DROP DEFAULT;
ALTER TABLE employee MODIFY hired_at DATE NULL;

ALTER TABLE gift_card ALTER balance SET DEFAULT 25.00;
ALTER TABLE shipment ALTER COLUMN carrier_code DROP DEFAULT;

CREATE OR REPLACE VIEW v_open_ticket AS
  SELECT t.id, t.subject, t.priority, t.status, t.opened_at FROM ticket t WHERE t.closed_at IS NULL;
CREATE VIEW v_order_total AS
  SELECT o.id, o.order_number, SUM(l.quantity * l.unit_price) AS line_total
  FROM purchase_order o JOIN order_line l ON l.order_id = o.id GROUP BY o.id, o.order_number;
CREATE VIEW v_stale AS SELECT id FROM coupon;
DROP VIEW v_stale;

UPDATE app_config SET setting_value = 'EUR' WHERE name = 'shop.currency';
