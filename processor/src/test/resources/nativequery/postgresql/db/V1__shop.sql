CREATE TYPE order_status AS ENUM ('NEW', 'PAID', 'SHIPPED', 'CANCELLED');

CREATE TABLE customer (
  id BIGSERIAL PRIMARY KEY,
  email VARCHAR(320) NOT NULL UNIQUE,
  full_name VARCHAR(200) NOT NULL,
  country CHAR(2),
  created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  preferences JSONB,
  tags TEXT[]
);

CREATE TABLE category (
  id BIGSERIAL PRIMARY KEY,
  parent_id BIGINT REFERENCES category (id),
  name VARCHAR(100) NOT NULL
);

CREATE TABLE product (
  id BIGSERIAL PRIMARY KEY,
  sku VARCHAR(40) NOT NULL UNIQUE,
  title VARCHAR(200) NOT NULL,
  category_id BIGINT REFERENCES category (id),
  price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
  attributes JSONB NOT NULL DEFAULT '{}',
  active BOOLEAN NOT NULL DEFAULT true
);

CREATE TABLE purchase_order (
  id BIGSERIAL PRIMARY KEY,
  customer_id BIGINT NOT NULL REFERENCES customer (id),
  status order_status NOT NULL DEFAULT 'NEW',
  placed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  shipped_at TIMESTAMPTZ,
  total_cents INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE order_line (
  order_id BIGINT NOT NULL REFERENCES purchase_order (id),
  line_no INTEGER NOT NULL,
  product_id BIGINT NOT NULL REFERENCES product (id),
  quantity INTEGER NOT NULL,
  unit_cents INTEGER NOT NULL,
  PRIMARY KEY (order_id, line_no)
);

CREATE TABLE stock (
  product_id BIGINT PRIMARY KEY REFERENCES product (id),
  on_hand INTEGER NOT NULL,
  reserved INTEGER NOT NULL DEFAULT 0,
  updated_at TIMESTAMPTZ
);

CREATE TABLE review (
  id BIGSERIAL PRIMARY KEY,
  product_id BIGINT NOT NULL REFERENCES product (id),
  customer_id BIGINT REFERENCES customer (id),
  rating SMALLINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
  body TEXT,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE audit_event (
  id BIGSERIAL PRIMARY KEY,
  entity VARCHAR(50) NOT NULL,
  entity_id BIGINT NOT NULL,
  action VARCHAR(20) NOT NULL,
  payload JSONB,
  occurred_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE SCHEMA reporting;

CREATE TABLE reporting.daily_sales (
  sales_day DATE PRIMARY KEY,
  orders INTEGER NOT NULL,
  revenue_cents BIGINT NOT NULL
);

CREATE VIEW product_rating AS
  SELECT product_id, avg(rating) AS avg_rating, count(*) AS reviews FROM review GROUP BY product_id;
