-- Pictures (issue 14). Every upload is decoded, re-encoded and stored under the hash of what was stored, in the
-- upload store (a folder or an S3 bucket); these rows say what exists, who sent it and whether it is served.

-- One stored picture and its sizes: `<hash>.<ext>`, and for avatars also `<hash>-64.<ext>`. A moderator hiding
-- it stops it being served for everyone who uses it.
CREATE TABLE media (
    hash       TEXT   NOT NULL PRIMARY KEY CHECK (char_length(hash) = 32),
    ext        TEXT   NOT NULL CHECK (ext IN ('jpg', 'png')),
    kind       TEXT   NOT NULL CHECK (kind IN ('avatar', 'post', 'story', 'logo', 'reward')),
    bytes      BIGINT NOT NULL CHECK (bytes > 0),
    width      BIGINT NOT NULL CHECK (width > 0),
    height     BIGINT NOT NULL CHECK (height > 0),
    created_at BIGINT NOT NULL,
    hidden_at  BIGINT,
    hidden_by  BIGINT REFERENCES users (id)
);

-- Each time a member sent a picture (the same picture twice is one media row, two uploads): the daily quota
-- counts these, and a member's data export lists them.
CREATE TABLE uploads (
    id         BIGSERIAL PRIMARY KEY,
    hash       TEXT   NOT NULL REFERENCES media (hash) ON DELETE CASCADE,
    owner_id   BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX uploads_by_owner ON uploads (owner_id, created_at);
CREATE INDEX uploads_by_hash ON uploads (hash);
CREATE INDEX media_recent ON media (created_at);

-- A member's picture, and a reward's: the hash of a media row of that kind.
ALTER TABLE users ADD COLUMN avatar TEXT REFERENCES media (hash) ON DELETE SET NULL;
ALTER TABLE rewards ADD COLUMN image TEXT REFERENCES media (hash) ON DELETE SET NULL;
