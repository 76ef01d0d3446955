-- Replies skip members a post already mentioned, and likes are notified once per member and post: both look
-- notifications up by post, which without this index meant reading the whole table on every reply.
CREATE INDEX notifications_post ON notifications (post_id, kind);
