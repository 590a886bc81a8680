CREATE TABLE customer (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(320) NOT NULL,
  full_name VARCHAR(200) NOT NULL,
  country CHAR(2),
  tier ENUM('FREE', 'PLUS', 'PRO') NOT NULL DEFAULT 'FREE',
  created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  preferences JSON,
  UNIQUE KEY uk_customer_email (email)
) ENGINE = InnoDB;

CREATE TABLE product (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  sku VARCHAR(40) NOT NULL UNIQUE,
  title VARCHAR(200) NOT NULL,
  price_cents INT NOT NULL,
  attributes JSON,
  FULLTEXT KEY ft_product_title (title)
) ENGINE = InnoDB;

CREATE TABLE purchase_order (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL DEFAULT 'NEW',
  placed_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  total_cents INT NOT NULL DEFAULT 0,
  CONSTRAINT fk_order_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB;

CREATE TABLE order_line (
  order_id BIGINT NOT NULL,
  line_no INT NOT NULL,
  product_id BIGINT NOT NULL,
  quantity INT NOT NULL,
  unit_cents INT NOT NULL,
  PRIMARY KEY (order_id, line_no)
) ENGINE = InnoDB;

CREATE TABLE stock (
  product_id BIGINT PRIMARY KEY,
  on_hand INT NOT NULL,
  reserved INT NOT NULL DEFAULT 0,
  updated_at DATETIME NULL
) ENGINE = InnoDB;

CREATE TABLE page_view (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  product_id BIGINT NOT NULL,
  viewed_on DATE NOT NULL,
  views INT NOT NULL DEFAULT 0,
  UNIQUE KEY uk_view (product_id, viewed_on)
) ENGINE = InnoDB;
