-- Profiles and privacy (issue 14): what a member says about themselves, the handles they left (which keep
-- redirecting for a year), and when an account was deleted at its owner's or an admin's request.

-- Shown on /u/<handle>. The bio is Markdown; bio_html is its sanitised rendering, made when it is saved.
ALTER TABLE users ADD COLUMN bio       TEXT NOT NULL DEFAULT '' CHECK (char_length(bio) <= 1000);
ALTER TABLE users ADD COLUMN bio_html  TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN company   TEXT NOT NULL DEFAULT '' CHECK (char_length(company) <= 80);
ALTER TABLE users ADD COLUMN job_title TEXT NOT NULL DEFAULT '' CHECK (char_length(job_title) <= 80);
ALTER TABLE users ADD COLUMN location  TEXT NOT NULL DEFAULT '' CHECK (char_length(location) <= 80);
ALTER TABLE users ADD COLUMN website   TEXT NOT NULL DEFAULT '' CHECK (char_length(website) <= 200);
ALTER TABLE users ADD COLUMN linkedin  TEXT NOT NULL DEFAULT '' CHECK (char_length(linkedin) <= 200);
-- Set when the account was deleted: its personal fields are erased, it can never sign in again, and what it
-- wrote (if kept) shows as "Deleted member". removed_at is set too, so every "not removed" filter applies.
ALTER TABLE users ADD COLUMN deleted_at BIGINT;

-- A handle a member used before: /u/<old> redirects to their page until expires_at, and nobody else can take it
-- until then. Their own old handle they may take back at any time.
CREATE TABLE handle_redirects (
    handle     TEXT   NOT NULL PRIMARY KEY CHECK (char_length(handle) BETWEEN 1 AND 60),
    user_id    BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX handle_redirects_user ON handle_redirects (user_id);

-- A story's optional photo and company logo (media of kinds 'story' and 'logo'), shown only when the author
-- agreed to publish it with their name.
ALTER TABLE stories ADD COLUMN photo TEXT REFERENCES media (hash) ON DELETE SET NULL;
ALTER TABLE stories ADD COLUMN logo TEXT REFERENCES media (hash) ON DELETE SET NULL;
CREATE INDEX stories_photo ON stories (photo) WHERE photo IS NOT NULL;
CREATE INDEX stories_logo ON stories (logo) WHERE logo IS NOT NULL;

-- Which posts, stories and bios show a picture in their Markdown (`/media/<hash>.<ext>`), written with the
-- text, so the sweep can tell a post picture nothing shows any more. A post's uses cover every version of it
-- (its history still shows the earlier ones).
CREATE TABLE media_uses (
    hash     TEXT   NOT NULL REFERENCES media (hash) ON DELETE CASCADE,
    ref_kind TEXT   NOT NULL CHECK (ref_kind IN ('post', 'story', 'bio')),
    ref_id   BIGINT NOT NULL,
    PRIMARY KEY (hash, ref_kind, ref_id)
);
CREATE INDEX media_uses_ref ON media_uses (ref_kind, ref_id);
INSERT INTO media_uses (hash, ref_kind, ref_id)
    SELECT DISTINCT m.hash, 'post', p.id FROM media m JOIN posts p ON p.body_md LIKE '%/media/' || m.hash || '%'
    WHERE m.kind = 'post';
INSERT INTO media_uses (hash, ref_kind, ref_id)
    SELECT DISTINCT m.hash, 'post', r.post_id FROM media m JOIN post_revisions r ON r.body_md LIKE '%/media/' || m.hash || '%'
    WHERE m.kind = 'post' ON CONFLICT DO NOTHING;
INSERT INTO media_uses (hash, ref_kind, ref_id)
    SELECT DISTINCT m.hash, 'story', s.id FROM media m JOIN stories s ON s.body LIKE '%/media/' || m.hash || '%'
    WHERE m.kind = 'post';
