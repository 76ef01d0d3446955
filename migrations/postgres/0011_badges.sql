-- Badges: automatic ones awarded by a rule as soon as it is met, manual ones moderators award and revoke with a
-- reason. A member holds a badge at most once at a time; a revoked badge stays on record.
CREATE TABLE badges (
    id          BIGSERIAL PRIMARY KEY,
    slug        TEXT   NOT NULL CHECK (char_length(slug) BETWEEN 1 AND 40),
    name        TEXT   NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
    description TEXT   NOT NULL CHECK (char_length(description) BETWEEN 1 AND 200),
    icon        TEXT   NOT NULL,
    -- NULL for manual badges; otherwise what is counted, and how many it takes
    rule        TEXT   CHECK (rule IS NULL OR rule IN ('posts', 'likes_received', 'stories_approved',
                    'stories_featured', 'referrals', 'member_days')),
    threshold   BIGINT CHECK (threshold IS NULL OR threshold > 0),
    created_at  BIGINT NOT NULL,
    CHECK ((rule IS NULL) = (threshold IS NULL))
);
CREATE UNIQUE INDEX badges_slug_key ON badges (slug);

CREATE TABLE user_badges (
    id            BIGSERIAL PRIMARY KEY,
    user_id       BIGINT NOT NULL REFERENCES users (id),
    badge_id      BIGINT NOT NULL REFERENCES badges (id),
    awarded_at    BIGINT NOT NULL,
    awarded_by    BIGINT REFERENCES users (id),
    reason        TEXT   NOT NULL DEFAULT '' CHECK (char_length(reason) <= 300),
    revoked_at    BIGINT,
    revoked_by    BIGINT REFERENCES users (id),
    revoke_reason TEXT   CHECK (revoke_reason IS NULL OR char_length(revoke_reason) <= 300)
);
CREATE UNIQUE INDEX user_badges_held_key ON user_badges (user_id, badge_id) WHERE revoked_at IS NULL;
CREATE INDEX user_badges_badge ON user_badges (badge_id) WHERE revoked_at IS NULL;

INSERT INTO badges (slug, name, description, icon, rule, threshold, created_at) VALUES
    ('first-post', 'First post', 'Wrote a first post in the forum.', 'chat', 'posts', 1, 0),
    ('regular', 'Regular', 'Wrote 10 posts in the forum.', 'chats', 'posts', 10, 0),
    ('appreciated', 'Appreciated', 'Posts liked 100 times.', 'heart', 'likes_received', 100, 0),
    ('first-feature', 'Featured', 'A story featured as a public testimonial.', 'star', 'stories_featured', 1, 0),
    ('storyteller', 'Storyteller', 'Five stories approved.', 'book', 'stories_approved', 5, 0),
    ('connector', 'Connector', 'Referred a first friend who joined.', 'handshake', 'referrals', 1, 0),
    ('one-year', 'One year in', 'A member for a year.', 'cake', 'member_days', 365, 0),
    ('community-hero', 'Community hero', 'Went out of their way to help others.', 'shield', NULL, NULL, 0),
    ('beta-tester', 'Beta tester', 'Helped test a release before anyone else.', 'rocket', NULL, NULL, 0);

-- "Advocate of the month": moderators pick a member with a citation; the newest is the current one.
CREATE TABLE spotlights (
    id         BIGSERIAL PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    citation   TEXT   NOT NULL CHECK (char_length(citation) BETWEEN 1 AND 500),
    chosen_by  BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX spotlights_user ON spotlights (user_id, id);
