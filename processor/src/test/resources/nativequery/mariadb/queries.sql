# MySQL-flavoured native queries; the test runs each on MariaDB.
SELECT * FROM customer WHERE id = :id
SELECT c.id, c.email, c.display_name FROM customer c WHERE c.email = ?1
SELECT `c`.`id`, `c`.`tier` FROM `customer` `c` WHERE `c`.`tier` = 'PRO'
SELECT id, email FROM customer WHERE display_name LIKE CONCAT('%', :q, '%') ORDER BY display_name LIMIT 20
SELECT id FROM customer ORDER BY created_at DESC LIMIT 40, 20
SELECT tier, COUNT(*) AS n FROM customer GROUP BY tier WITH ROLLUP
SELECT c.id, JSON_UNQUOTE(JSON_EXTRACT(c.preferences, '$.language')) AS language FROM customer c
SELECT c.id FROM customer c WHERE JSON_CONTAINS(c.preferences, :json, '$.topics')
SELECT c.id, IFNULL(c.country, 'XX') AS country FROM customer c
SELECT c.id FROM customer c WHERE c.created_at >= DATE_SUB(NOW(), INTERVAL 30 DAY)
SELECT DATE_FORMAT(o.placed_at, '%Y-%m') AS month, SUM(o.total_cents) AS revenue FROM purchase_order o GROUP BY month ORDER BY month
SELECT o.id, TIMESTAMPDIFF(DAY, o.placed_at, NOW()) AS age_days FROM purchase_order o WHERE o.status = 'NEW'
SELECT o.customer_id, GROUP_CONCAT(o.id ORDER BY o.id SEPARATOR ',') AS ids FROM purchase_order o GROUP BY o.customer_id
SELECT o.id, IF(o.total_cents > 10000, 'big', 'small') AS size FROM purchase_order o
SELECT o.id, ROW_NUMBER() OVER (PARTITION BY o.customer_id ORDER BY o.placed_at) AS nth FROM purchase_order o
SELECT c.email, o.id FROM customer c LEFT JOIN purchase_order o ON o.customer_id = c.id WHERE o.id IS NULL
SELECT c.email, t.spent FROM customer c JOIN (SELECT customer_id, SUM(total_cents) AS spent FROM purchase_order GROUP BY customer_id) t ON t.customer_id = c.id
WITH totals AS (SELECT customer_id, SUM(total_cents) AS spent FROM purchase_order GROUP BY customer_id) SELECT c.email, totals.spent FROM customer c JOIN totals ON totals.customer_id = c.id
SELECT l.order_id, p.sku, l.quantity FROM order_line l STRAIGHT_JOIN product p ON p.id = l.product_id WHERE l.order_id = :orderId
SELECT l.order_id, s.on_hand FROM order_line l JOIN stock s USING (product_id)
SELECT p.id, p.title FROM product p WHERE MATCH (p.title) AGAINST (:text IN NATURAL LANGUAGE MODE) AND 1 = 0
SELECT p.id FROM product p WHERE JSON_VALUE(p.attributes, '$.color') = :color
SELECT p.sku, COALESCE(s.on_hand - s.reserved, 0) AS free FROM product p LEFT JOIN stock s ON s.product_id = p.id
SELECT p.id FROM product p WHERE p.id IN (SELECT product_id FROM stock WHERE on_hand = 0)
SELECT SQL_CALC_FOUND_ROWS id FROM product LIMIT 10
SELECT email FROM customer UNION ALL SELECT sku FROM product
INSERT INTO customer (email, display_name, tier) VALUES (:email, :name, 'FREE')
INSERT INTO page_view (product_id, viewed_on, views) VALUES (:id, CURDATE(), 1) ON DUPLICATE KEY UPDATE views = views + 1
INSERT INTO stock (product_id, on_hand) VALUES (?1, ?2) ON DUPLICATE KEY UPDATE on_hand = VALUES(on_hand), updated_at = NOW()
INSERT IGNORE INTO order_line (order_id, line_no, product_id, quantity, unit_cents) VALUES (?1, ?2, ?3, ?4, ?5)
INSERT INTO customer SET email = :email, display_name = :name
REPLACE INTO stock (product_id, on_hand, reserved) VALUES (:id, :qty, 0)
UPDATE customer SET tier = 'PLUS' WHERE id = :id
UPDATE stock s JOIN order_line l ON l.product_id = s.product_id SET s.reserved = s.reserved + l.quantity WHERE l.order_id = :orderId
UPDATE purchase_order SET status = 'CANCELLED' WHERE status = 'NEW' AND placed_at < NOW() - INTERVAL 7 DAY ORDER BY placed_at LIMIT 100
DELETE FROM page_view WHERE viewed_on < DATE_SUB(CURDATE(), INTERVAL 1 YEAR)
DELETE l FROM order_line l JOIN purchase_order o ON o.id = l.order_id WHERE o.status = 'CANCELLED'
SELECT c.id FROM customer c WHERE c.tier IN ('PLUS', 'PRO') AND c.email REGEXP :pattern
