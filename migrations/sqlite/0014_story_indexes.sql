-- The wall, the embed and the JSON API walk one partial index in display order (featured first, newest first)
-- and stop after a page; its extra columns let the filtered count read the index alone. Measured in
-- docs/PERFORMANCE.md: the first wall page went from ~150 ms of sorting to ~1 ms on 50,000 stories.
DROP INDEX stories_wall;
CREATE INDEX stories_wall ON stories (featured_at DESC, approved_at DESC, id DESC, product_slug, rating, status, consent)
    WHERE status = 'approved' AND consent <> 'internal';
CREATE INDEX stories_products ON stories (product_slug, product) WHERE status = 'approved' AND consent <> 'internal';
-- The review queue's index covers only what waits; a general status index drew the planner away from the
-- wall's index.
DROP INDEX stories_queue;
CREATE INDEX stories_review ON stories (submitted_at, id) WHERE status = 'submitted';
ANALYZE stories;
