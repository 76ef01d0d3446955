-- The wall, the embed and the JSON API walk one partial index in display order (featured first, newest first)
-- and stop after a page; the included columns let the filtered count read the index alone. Measured in
-- docs/PERFORMANCE.md.
DROP INDEX stories_wall;
CREATE INDEX stories_wall ON stories (featured_at DESC NULLS LAST, approved_at DESC, id DESC)
    INCLUDE (product_slug, rating) WHERE status = 'approved' AND consent <> 'internal';
CREATE INDEX stories_products ON stories (product_slug, product) WHERE status = 'approved' AND consent <> 'internal';
DROP INDEX stories_queue;
CREATE INDEX stories_review ON stories (submitted_at, id) WHERE status = 'submitted';
ANALYZE stories;
