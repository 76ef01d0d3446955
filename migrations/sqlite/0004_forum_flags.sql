-- Members flag posts for moderators; each flag is resolved once, by hiding the post or dismissing the flag.
CREATE TABLE flags (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id     BIGINT NOT NULL REFERENCES posts (id),
    flagger_id  BIGINT NOT NULL REFERENCES users (id),
    reason      TEXT   NOT NULL CHECK (reason IN ('spam', 'abuse', 'off_topic', 'other')),
    note        TEXT   NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    created_at  BIGINT NOT NULL,
    resolved_at BIGINT,
    resolved_by BIGINT REFERENCES users (id),
    resolution  TEXT CHECK (resolution IN ('hidden', 'dismissed'))
);
CREATE UNIQUE INDEX flags_post_flagger_key ON flags (post_id, flagger_id);
CREATE INDEX flags_open ON flags (resolved_at, post_id);
