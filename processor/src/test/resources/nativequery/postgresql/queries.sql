# One native query per line, as a repository's @Query(nativeQuery = true) would hold it.
# Parameters in Spring Data's styles (:name, ?1, :#{...}, %:q%); the test runs each on PostgreSQL.
SELECT * FROM customer WHERE id = :id
SELECT c.id, c.email, c.display_name FROM customer c WHERE c.email = :email
SELECT id, email FROM customer WHERE lower(email) = lower(?1)
SELECT c.* FROM customer c WHERE c.display_name ILIKE %:q% ORDER BY c.display_name LIMIT 20
SELECT count(*) FROM customer WHERE country = :country
SELECT country, count(*) AS customers FROM customer GROUP BY country ORDER BY customers DESC
SELECT c.id FROM customer c WHERE c.created_at >= now() - interval '30 days'
SELECT c.id, c.preferences ->> 'language' AS language FROM customer c WHERE c.preferences ->> 'newsletter' = 'true'
SELECT id FROM customer WHERE preferences @> CAST(:filter AS jsonb)
SELECT id FROM customer WHERE :tag = ANY (tags)
SELECT id, unnest(tags) AS tag FROM customer
SELECT t.tag, count(*) FROM customer c CROSS JOIN LATERAL unnest(c.tags) AS t(tag) GROUP BY t.tag
SELECT id FROM customer WHERE id = ANY (CAST(:ids AS bigint[]))
SELECT * FROM customer ORDER BY created_at DESC OFFSET :offset LIMIT :limit
SELECT c.id, c.email FROM customer c WHERE NOT EXISTS (SELECT 1 FROM purchase_order o WHERE o.customer_id = c.id)
SELECT c.id, c.email FROM customer c WHERE c.id IN (SELECT customer_id FROM purchase_order WHERE status = 'PAID')
SELECT c.id, (SELECT count(*) FROM purchase_order o WHERE o.customer_id = c.id) AS orders FROM customer c
SELECT c.email, o.id AS order_id, o.total_cents FROM customer c JOIN purchase_order o ON o.customer_id = c.id WHERE o.placed_at > :since
SELECT c.email, o.id FROM customer c LEFT JOIN purchase_order o ON o.customer_id = c.id AND o.status <> 'CANCELLED'
SELECT c.email, o.id FROM purchase_order o RIGHT JOIN customer c ON c.id = o.customer_id
SELECT c.email, r.rating FROM customer c FULL OUTER JOIN review r ON r.customer_id = c.id
SELECT DISTINCT ON (o.customer_id) o.customer_id, o.id, o.placed_at FROM purchase_order o ORDER BY o.customer_id, o.placed_at DESC
SELECT o.id, o.status, o.total_cents FROM purchase_order o WHERE o.status = CAST(:status AS order_status)
SELECT o.id FROM purchase_order o WHERE o.status IN ('NEW', 'PAID') AND o.placed_at < now() - interval '2 days'
SELECT status, count(*), sum(total_cents) FROM purchase_order GROUP BY status
SELECT status, count(*) FILTER (WHERE shipped_at IS NULL) AS open_orders FROM purchase_order GROUP BY status
SELECT date_trunc('month', placed_at) AS month, sum(total_cents) AS revenue FROM purchase_order GROUP BY 1 ORDER BY 1
SELECT to_char(placed_at, 'YYYY-MM') AS month, count(*) FROM purchase_order GROUP BY month HAVING count(*) > ?1
SELECT extract(year FROM placed_at) AS year, avg(total_cents) FROM purchase_order GROUP BY extract(year FROM placed_at)
SELECT o.id, o.shipped_at - o.placed_at AS lead_time FROM purchase_order o WHERE o.shipped_at IS NOT NULL
SELECT o.id, coalesce(o.shipped_at, now()) AS until FROM purchase_order o
SELECT o.id, CASE WHEN o.total_cents > 10000 THEN 'big' WHEN o.total_cents > 1000 THEN 'medium' ELSE 'small' END AS size FROM purchase_order o
SELECT o.id, row_number() OVER (PARTITION BY o.customer_id ORDER BY o.placed_at) AS nth FROM purchase_order o
SELECT o.customer_id, o.total_cents, sum(o.total_cents) OVER (PARTITION BY o.customer_id ORDER BY o.placed_at ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM purchase_order o
SELECT o.id, lag(o.placed_at) OVER (ORDER BY o.placed_at) AS previous FROM purchase_order o
SELECT customer_id, rank() OVER (ORDER BY sum(total_cents) DESC) AS place FROM purchase_order GROUP BY customer_id
SELECT * FROM (SELECT o.*, dense_rank() OVER (PARTITION BY customer_id ORDER BY total_cents DESC) AS r FROM purchase_order o) ranked WHERE ranked.r <= 3
SELECT o.id, ntile(4) OVER (ORDER BY total_cents) AS quartile FROM purchase_order o
SELECT o.id, first_value(o.id) OVER w AS first_id FROM purchase_order o WINDOW w AS (PARTITION BY o.customer_id ORDER BY o.placed_at)
SELECT l.order_id, sum(l.quantity * l.unit_cents) AS total FROM order_line l GROUP BY l.order_id
SELECT l.order_id, l.line_no, p.sku, p.title, l.quantity FROM order_line l JOIN product p ON p.id = l.product_id WHERE l.order_id = :orderId ORDER BY l.line_no
SELECT p.sku, sum(l.quantity) AS sold FROM order_line l JOIN product p ON p.id = l.product_id JOIN purchase_order o ON o.id = l.order_id WHERE o.status = 'SHIPPED' GROUP BY p.sku ORDER BY sold DESC LIMIT 10
SELECT o.id FROM purchase_order o JOIN order_line l ON l.order_id = o.id GROUP BY o.id HAVING sum(l.quantity * l.unit_cents) <> o.total_cents
SELECT * FROM order_line WHERE (order_id, line_no) = (:orderId, :lineNo)
SELECT p.id, p.sku, p.title, p.price_cents FROM product p WHERE p.archived_at IS NULL ORDER BY p.title
SELECT p.* FROM product p WHERE p.category_id = ?1 AND p.price_cents BETWEEN ?2 AND ?3
SELECT p.id, p.attributes -> 'color' AS color FROM product p WHERE p.attributes @> '{"color": "red"}'
SELECT p.id FROM product p WHERE p.attributes #>> '{size,eu}' = :size
SELECT p.id, jsonb_array_length(p.attributes -> 'images') AS images FROM product p WHERE jsonb_typeof(p.attributes -> 'images') = 'array'
SELECT p.id, kv.key, kv.value FROM product p, jsonb_each_text(p.attributes) AS kv
SELECT jsonb_build_object('sku', p.sku, 'price', p.price_cents) AS doc FROM product p WHERE p.id = :id
SELECT json_agg(row_to_json(p)) FROM (SELECT id, sku FROM product ORDER BY id) p
SELECT p.category_id, string_agg(p.sku, ',' ORDER BY p.sku) AS skus FROM product p GROUP BY p.category_id
SELECT p.category_id, array_agg(p.id) AS ids FROM product p GROUP BY p.category_id
SELECT p.id, p.title FROM product p WHERE to_tsvector('english', p.title) @@ plainto_tsquery('english', :text)
SELECT p.id FROM product p WHERE p.title ~* :pattern
SELECT p.id, greatest(p.price_cents - 100, 0) AS discounted FROM product p
SELECT p.id, round(p.price_cents / 100.0, 2) AS price FROM product p
SELECT p.id, p.price_cents::numeric / 100 AS euros FROM product p
SELECT p.sku FROM product p WHERE p.sku LIKE :prefix || '%'
SELECT p.id FROM product p LEFT JOIN stock s ON s.product_id = p.id WHERE coalesce(s.on_hand - s.reserved, 0) <= 0
SELECT p.id, s.on_hand FROM product p JOIN stock s ON s.product_id = p.id WHERE s.on_hand < :threshold FOR UPDATE OF s SKIP LOCKED
SELECT p.sku, pr.avg_rating, pr.reviews FROM product p JOIN product_rating pr ON pr.product_id = p.id WHERE pr.reviews >= 5 ORDER BY pr.avg_rating DESC
SELECT avg_rating FROM product_rating WHERE product_id = :id
SELECT r.id, r.rating, r.body FROM review r WHERE r.product_id = :productId ORDER BY r.created_at DESC LIMIT 10
SELECT r.product_id, avg(r.rating)::numeric(3, 2) FROM review r GROUP BY r.product_id HAVING count(*) > 3
SELECT r.rating, count(*) FROM review r WHERE r.product_id = ?1 GROUP BY ROLLUP (r.rating)
SELECT c.name, p.title FROM category c JOIN product p ON p.category_id = c.id WHERE c.parent_id IS NULL
SELECT parent.name AS parent, child.name AS child FROM category parent JOIN category child ON child.parent_id = parent.id
WITH RECURSIVE tree AS (SELECT id, parent_id, name, 1 AS depth FROM category WHERE id = :root UNION ALL SELECT c.id, c.parent_id, c.name, t.depth + 1 FROM category c JOIN tree t ON c.parent_id = t.id) SELECT * FROM tree ORDER BY depth
WITH RECURSIVE path (id, parent_id, names) AS (SELECT id, parent_id, ARRAY[name::text] FROM category WHERE parent_id IS NULL UNION ALL SELECT c.id, c.parent_id, path.names || c.name::text FROM category c JOIN path ON c.parent_id = path.id) SELECT id, array_to_string(names, ' > ') AS breadcrumb FROM path
WITH totals AS (SELECT customer_id, sum(total_cents) AS spent FROM purchase_order GROUP BY customer_id) SELECT c.email, t.spent FROM customer c JOIN totals t ON t.customer_id = c.id WHERE t.spent > :min
WITH recent AS (SELECT * FROM purchase_order WHERE placed_at > now() - interval '7 days'), big AS (SELECT id FROM recent WHERE total_cents > 10000) SELECT count(*) FROM big
WITH s AS (SELECT product_id, on_hand - reserved AS free FROM stock) SELECT p.sku, s.free FROM product p JOIN s ON s.product_id = p.id
SELECT o.id, s.free FROM order_line l JOIN purchase_order o ON o.id = l.order_id JOIN (SELECT product_id, on_hand - reserved AS free FROM stock) s ON s.product_id = l.product_id
SELECT l.order_id, l.product_id, s.on_hand FROM order_line l JOIN stock s USING (product_id)
SELECT email FROM customer UNION SELECT entity FROM audit_event ORDER BY 1
SELECT id, 'order' AS kind FROM purchase_order UNION ALL SELECT id, 'review' FROM review
SELECT customer_id FROM purchase_order INTERSECT SELECT customer_id FROM review
SELECT id FROM customer EXCEPT SELECT customer_id FROM purchase_order
(SELECT id FROM product ORDER BY price_cents DESC LIMIT 5) UNION (SELECT id FROM product ORDER BY price_cents LIMIT 5)
SELECT c.id, latest.placed_at FROM customer c LEFT JOIN LATERAL (SELECT o.placed_at FROM purchase_order o WHERE o.customer_id = c.id ORDER BY o.placed_at DESC LIMIT 1) latest ON true
SELECT g.day, count(o.id) FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 day') AS g(day) LEFT JOIN purchase_order o ON o.placed_at::date = g.day GROUP BY g.day ORDER BY g.day
SELECT v.code, v.label FROM (VALUES ('NEW', 'new'), ('PAID', 'paid')) AS v(code, label)
SELECT sales_day, orders, revenue_cents FROM reporting.daily_sales WHERE sales_day BETWEEN :from AND :to
SELECT d.sales_day, d.revenue_cents, sum(d.revenue_cents) OVER (ORDER BY d.sales_day) AS cumulative FROM reporting.daily_sales d
SELECT * FROM {h-schema}customer WHERE id = :id
SELECT * FROM #{#entityName} c WHERE c.email = :#{#customer.email}
SELECT count(*) FROM #{#entityName}
SELECT a.entity, a.entity_id, a.action FROM audit_event a WHERE a.payload ->> 'user' = :user ORDER BY a.occurred_at DESC
SELECT a.* FROM audit_event a WHERE a.entity = ?1 AND a.entity_id = ?2 ORDER BY a.id
SELECT a.action, count(*) FROM audit_event a WHERE a.occurred_at >= date_trunc('day', now()) GROUP BY a.action
SELECT a.id FROM audit_event a WHERE a.payload IS NOT NULL AND jsonb_path_exists(a.payload, '$.changes[*] ? (@.field == "email")')
SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'
SELECT relname FROM pg_class WHERE relkind = 'r'
SELECT nextval('customer_id_seq')
SELECT current_date, current_timestamp, now()
SELECT 1
SELECT c.id, c.email FROM customer c WHERE c.email IS NOT DISTINCT FROM :email
SELECT c.id FROM customer c WHERE c.country = ANY (ARRAY['DE', 'AT', 'CH'])
SELECT c.id, c.tags[1] AS first_tag FROM customer c WHERE cardinality(c.tags) > 0
SELECT id, email FROM customer WHERE (created_at, id) < (:cursorTime, :cursorId) ORDER BY created_at DESC, id DESC LIMIT 50
SELECT o.id FROM purchase_order o WHERE o.placed_at::date = current_date - 1
SELECT o.id, EXISTS (SELECT 1 FROM review r WHERE r.customer_id = o.customer_id) AS reviewed FROM purchase_order o
SELECT c.id FROM customer c WHERE c.id > ALL (SELECT customer_id FROM purchase_order WHERE total_cents > 100000)
SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY total_cents) AS median FROM purchase_order
SELECT mode() WITHIN GROUP (ORDER BY rating) FROM review WHERE product_id = :id
SELECT customer_id, bool_and(status = 'PAID') AS all_paid FROM purchase_order GROUP BY customer_id
INSERT INTO customer (email, display_name, country) VALUES (:email, :name, :country) RETURNING id
INSERT INTO customer (email, display_name) VALUES (?1, ?2) ON CONFLICT (email) DO NOTHING
INSERT INTO customer (email, display_name) VALUES (:email, :name) ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id, display_name
INSERT INTO stock (product_id, on_hand) VALUES (:id, :qty) ON CONFLICT (product_id) DO UPDATE SET on_hand = stock.on_hand + excluded.on_hand, updated_at = now()
INSERT INTO stock (product_id, on_hand) VALUES (:id, :qty) ON CONFLICT ON CONSTRAINT stock_pkey DO UPDATE SET on_hand = excluded.on_hand WHERE stock.updated_at IS NULL
INSERT INTO order_line (order_id, line_no, product_id, quantity, unit_cents) SELECT :orderId, row_number() OVER (), p.id, 1, p.price_cents FROM product p WHERE p.id = ANY (CAST(:ids AS bigint[]))
INSERT INTO audit_event (entity, entity_id, action, payload) VALUES ('customer', :id, 'UPDATE', CAST(:payload AS jsonb))
INSERT INTO reporting.daily_sales (sales_day, orders, revenue_cents) SELECT placed_at::date, count(*), sum(total_cents) FROM purchase_order WHERE placed_at::date = :day GROUP BY placed_at::date ON CONFLICT (sales_day) DO UPDATE SET orders = excluded.orders, revenue_cents = excluded.revenue_cents
INSERT INTO category (name, parent_id) VALUES (:name, :parent)
INSERT INTO review (product_id, customer_id, rating, body) VALUES (?1, ?2, ?3, ?4)
WITH moved AS (DELETE FROM audit_event WHERE occurred_at < :before RETURNING id, entity) SELECT entity, count(*) FROM moved GROUP BY entity
WITH inserted AS (INSERT INTO purchase_order (customer_id) VALUES (:customer) RETURNING id) SELECT id FROM inserted
UPDATE customer SET display_name = :name WHERE id = :id
UPDATE customer SET preferences = coalesce(preferences, '{}'::jsonb) || CAST(:prefs AS jsonb) WHERE id = :id
UPDATE customer SET tags = array_append(tags, :tag) WHERE id = :id AND NOT (:tag = ANY (coalesce(tags, ARRAY[]::text[])))
UPDATE purchase_order SET status = 'SHIPPED', shipped_at = now() WHERE id = :id AND status = 'PAID' RETURNING shipped_at
UPDATE purchase_order o SET total_cents = t.total FROM (SELECT order_id, sum(quantity * unit_cents) AS total FROM order_line GROUP BY order_id) t WHERE t.order_id = o.id
UPDATE stock s SET reserved = s.reserved + l.quantity FROM order_line l WHERE l.product_id = s.product_id AND l.order_id = :orderId
UPDATE stock SET on_hand = on_hand - :qty, updated_at = now() WHERE product_id = :id AND on_hand >= :qty
UPDATE product SET archived_at = now() WHERE id IN (SELECT product_id FROM stock WHERE on_hand = 0)
UPDATE product SET attributes = jsonb_set(attributes, '{color}', to_jsonb(CAST(:color AS text))) WHERE id = :id
UPDATE purchase_order SET (status, shipped_at) = ('CANCELLED', NULL) WHERE id = :id
DELETE FROM review WHERE id = :id
DELETE FROM order_line WHERE order_id = :orderId AND line_no = :lineNo
DELETE FROM audit_event WHERE occurred_at < now() - interval '1 year'
DELETE FROM stock s USING product p WHERE p.id = s.product_id AND p.archived_at IS NOT NULL
DELETE FROM review r WHERE NOT EXISTS (SELECT 1 FROM product p WHERE p.id = r.product_id) RETURNING r.id
DELETE FROM customer WHERE id = ?1 RETURNING email
SELECT c.id AS "customerId", c.email AS "Email" FROM customer c ORDER BY "customerId"
SELECT "c"."id" FROM "customer" "c" WHERE "c"."email" = :email
SELECT o.id FROM purchase_order AS o INNER JOIN customer AS c ON c.id = o.customer_id WHERE c.country IS NULL OR c.country = ''
SELECT o.id, c.email FROM purchase_order o, customer c WHERE c.id = o.customer_id AND o.total_cents > 0
SELECT o.id FROM purchase_order o NATURAL JOIN order_line
SELECT count(DISTINCT customer_id) FROM purchase_order WHERE placed_at >= :from AND placed_at < :to
SELECT p.id, p.title, similarity FROM (SELECT id, title, length(title) AS similarity FROM product) p WHERE similarity > 3
SELECT x.n FROM (SELECT count(*) AS n FROM customer) x
SELECT c.id FROM customer c WHERE c.display_name SIMILAR TO :pattern
SELECT c.email, o.total_cents FROM customer c JOIN LATERAL (SELECT sum(total_cents) AS total_cents FROM purchase_order WHERE customer_id = c.id) o ON true
SELECT o.status::text AS status, count(*) FROM purchase_order o GROUP BY o.status
