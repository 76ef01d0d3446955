-- Full-text search over topic titles and post bodies (tsvector + GIN). Hidden and removed posts are filtered
-- out by the query; the partial index only holds visible posts, so they cost nothing to skip.
ALTER TABLE posts ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('english', body_md)) STORED;
CREATE INDEX posts_search ON posts USING GIN (search_vector) WHERE hidden_at IS NULL AND deleted_at IS NULL;

ALTER TABLE topics ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('english', title)) STORED;
CREATE INDEX topics_search ON topics USING GIN (search_vector);
