-- Challenges: admins publish them, members complete them (by review, by visiting a link or by answering a
-- question), and approval awards the challenge's points through the ledger. `taken` counts completions that hold
-- a slot (pending or approved), moved only by guarded updates, so a challenge never has more than it allows.
CREATE TABLE challenges (
    id              BIGSERIAL PRIMARY KEY,
    title           TEXT   NOT NULL CHECK (char_length(title) BETWEEN 1 AND 100),
    description     TEXT   NOT NULL CHECK (char_length(description) <= 2000),
    points          BIGINT NOT NULL CHECK (points > 0),
    starts_at       BIGINT,
    ends_at         BIGINT,
    max_completions BIGINT CHECK (max_completions IS NULL OR max_completions > 0),
    taken           BIGINT NOT NULL DEFAULT 0 CHECK (taken >= 0),
    mode            TEXT   NOT NULL CHECK (mode IN ('review', 'link', 'answer')),
    link_url        TEXT,
    answer          TEXT,
    active          BIGINT NOT NULL DEFAULT 1,
    created_at      BIGINT NOT NULL,
    CHECK (max_completions IS NULL OR taken <= max_completions),
    CHECK ((mode = 'link') = (link_url IS NOT NULL)),
    CHECK ((mode = 'answer') = (answer IS NOT NULL))
);

CREATE TABLE challenge_completions (
    id           BIGSERIAL PRIMARY KEY,
    challenge_id BIGINT NOT NULL REFERENCES challenges (id),
    user_id      BIGINT NOT NULL REFERENCES users (id),
    status       TEXT   NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    evidence     TEXT   NOT NULL DEFAULT '' CHECK (char_length(evidence) <= 2000),
    note         TEXT   NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL,
    decided_at   BIGINT,
    decided_by   BIGINT REFERENCES users (id)
);
-- A member holds at most one live completion of a challenge; a rejected one may be tried again.
CREATE UNIQUE INDEX challenge_completions_live_key ON challenge_completions (challenge_id, user_id)
    WHERE status <> 'rejected';
CREATE INDEX challenge_completions_queue ON challenge_completions (status, id);
CREATE INDEX challenge_completions_user ON challenge_completions (user_id, challenge_id);
