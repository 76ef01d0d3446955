-- Full-text search over topic titles and post bodies (FTS5). Only visible posts are in the index: triggers
-- add a post when it is written, and take it out while it is hidden or once it is removed.
CREATE VIRTUAL TABLE post_search USING fts5 (
    title,
    body,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER post_search_insert AFTER INSERT ON posts
WHEN NEW.hidden_at IS NULL AND NEW.deleted_at IS NULL
BEGIN
    INSERT INTO post_search (rowid, title, body)
    VALUES (NEW.id, CASE WHEN NEW.number = 1 THEN (SELECT title FROM topics WHERE id = NEW.topic_id) ELSE '' END, NEW.body_md);
END;

CREATE TRIGGER post_search_update AFTER UPDATE OF body_md, hidden_at, deleted_at ON posts
BEGIN
    DELETE FROM post_search WHERE rowid = OLD.id;
    INSERT INTO post_search (rowid, title, body)
    SELECT NEW.id, CASE WHEN NEW.number = 1 THEN (SELECT title FROM topics WHERE id = NEW.topic_id) ELSE '' END, NEW.body_md
    WHERE NEW.hidden_at IS NULL AND NEW.deleted_at IS NULL;
END;

INSERT INTO post_search (rowid, title, body)
SELECT p.id, CASE WHEN p.number = 1 THEN t.title ELSE '' END, p.body_md
FROM posts p JOIN topics t ON t.id = p.topic_id
WHERE p.hidden_at IS NULL AND p.deleted_at IS NULL;
