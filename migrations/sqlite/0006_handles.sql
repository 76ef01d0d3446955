-- Handles: the short unique name members @mention each other with. Existing accounts get "member<id>".
ALTER TABLE users ADD COLUMN handle TEXT;
UPDATE users SET handle = 'member' || id WHERE handle IS NULL;
CREATE UNIQUE INDEX users_handle_key ON users (handle);
