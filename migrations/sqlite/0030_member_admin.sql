-- The admin's page for one member (issue 16) reads the audit entries about them (their account, or by them as
-- staff) and the flags they raised; these keep both reads to the member's own rows.
CREATE INDEX audit_log_target ON audit_log (target_kind, target_id, id);
CREATE INDEX audit_log_actor ON audit_log (actor_id, id);
CREATE INDEX flags_flagger ON flags (flagger_id, id);

-- A new member's first N posts wait for a moderator's approval (0: none do). A held post is stored hidden
-- (hidden_by NULL, the reason "Awaiting approval") with held_at set, so every read that leaves hidden posts
-- out leaves it out; approving clears both and only then notifies and pays. A topic whose opening post is held
-- is held with it: only its author and staff find it. Rejecting keeps held_at and names the moderator.
ALTER TABLE site_settings ADD COLUMN hold_first_posts BIGINT NOT NULL DEFAULT 0 CHECK (hold_first_posts BETWEEN 0 AND 20);
ALTER TABLE posts ADD COLUMN held_at BIGINT;
ALTER TABLE topics ADD COLUMN held_at BIGINT;
CREATE INDEX posts_held ON posts (held_at) WHERE held_at IS NOT NULL;

-- An invitation may put the new member in a group (they join it with their account).
ALTER TABLE invitations ADD COLUMN group_id BIGINT REFERENCES member_groups (id) ON DELETE SET NULL;

-- A badge's own picture, uploaded by an admin (a media hash, kind logo: transparency kept), shown instead of
-- its bundled icon while it is set.
ALTER TABLE badges ADD COLUMN image TEXT;

-- The member's latest NPS score (a dismissal is not an answer), kept with the account when they answer, so
-- the member list filters and shows NPS groups without reading every answer.
ALTER TABLE users ADD COLUMN nps_score BIGINT CHECK (nps_score BETWEEN 0 AND 10);
UPDATE users SET nps_score = latest.score
FROM (SELECT r.user_id, r.score FROM (SELECT user_id, score, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at DESC, id DESC) AS n
                                      FROM survey_responses WHERE score IS NOT NULL) AS r
      WHERE r.n = 1) AS latest
WHERE latest.user_id = users.id;
CREATE INDEX users_nps_score ON users (nps_score);
-- The member list ordered by name.
CREATE INDEX users_name_order ON users (LOWER(display_name), id);
