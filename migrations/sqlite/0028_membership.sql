-- Who is in (issue 16). How people join: open to anyone, by invitation only, or by application that an admin
-- approves; the questions an applicant answers (a JSON array of strings); and the email domains that join
-- without an invitation or approval (a JSON array of lower-case domains).
ALTER TABLE site_settings ADD COLUMN join_mode TEXT NOT NULL DEFAULT 'open' CHECK (join_mode IN ('open', 'invite', 'approval'));
ALTER TABLE site_settings ADD COLUMN join_questions TEXT NOT NULL DEFAULT '[]';
ALTER TABLE site_settings ADD COLUMN join_domains TEXT NOT NULL DEFAULT '[]';

-- An application to join. No account exists until an admin approves it, so an applicant appears nowhere else.
-- unconfirmed: the link sent to the address is not opened yet (applying again with the address replaces the
-- row); pending: in the admins' queue; approved: user_id is the account made; declined: the note is what the
-- applicant was told. The password hash is kept only until the decision.
CREATE TABLE applications (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    email            TEXT   NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    display_name     TEXT   NOT NULL CHECK (length(display_name) BETWEEN 1 AND 50),
    password_hash    TEXT   NOT NULL,
    -- A JSON array of {"question", "answer"}, the questions as they were asked.
    answers          TEXT   NOT NULL DEFAULT '[]',
    terms_version    BIGINT,
    referral_code    TEXT,
    ip               TEXT   NOT NULL DEFAULT '',
    status           TEXT   NOT NULL CHECK (status IN ('unconfirmed', 'pending', 'approved', 'declined')),
    token_hash       TEXT,
    token_expires_at BIGINT,
    created_at       BIGINT NOT NULL,
    confirmed_at     BIGINT,
    decided_at       BIGINT,
    decided_by       BIGINT REFERENCES users (id) ON DELETE SET NULL,
    decision_note    TEXT   NOT NULL DEFAULT '' CHECK (length(decision_note) <= 500),
    user_id          BIGINT REFERENCES users (id)
);
CREATE UNIQUE INDEX applications_open_email ON applications (email) WHERE status IN ('unconfirmed', 'pending');
CREATE UNIQUE INDEX applications_token ON applications (token_hash);
CREATE INDEX applications_queue ON applications (status, confirmed_at);

-- Suspended: no sign-in until the time, with the reason shown to the member. Silenced: can read, cannot post
-- until the time. Both lift by themselves; staff can lift them sooner.
ALTER TABLE users ADD COLUMN suspended_until BIGINT;
ALTER TABLE users ADD COLUMN suspended_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN silenced_until BIGINT;
ALTER TABLE users ADD COLUMN silenced_reason TEXT NOT NULL DEFAULT '';

-- When the member last used the portal, to the nearest five minutes (written at most that often), for the
-- admins' member list; and what that list searches and orders by.
ALTER TABLE users ADD COLUMN last_seen_at BIGINT;
CREATE INDEX users_last_seen ON users (last_seen_at);
CREATE INDEX users_role ON users (role);

-- Badges become the admins' to make, change and retire. A retired badge is neither earned nor awarded any
-- more; those who hold it keep it.
ALTER TABLE badges ADD COLUMN retired_at BIGINT;

-- When a moderator or admin last changed someone else's post (the post then says "edited by a moderator"; the
-- history keeps every earlier version for staff).
ALTER TABLE posts ADD COLUMN staff_edited_at BIGINT;
