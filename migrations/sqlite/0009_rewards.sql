-- The reward store. Stock and points move by guarded updates in the redemption's transaction: stock never goes
-- below zero, a redemption's idempotency key is unique, and a code from the pool goes to one redemption only.
CREATE TABLE rewards (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    title          TEXT   NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    description    TEXT   NOT NULL DEFAULT '' CHECK (length(description) <= 2000),
    image_url      TEXT   CHECK (image_url IS NULL OR length(image_url) <= 500),
    kind           TEXT   NOT NULL CHECK (kind IN ('discount_code', 'physical', 'early_access', 'experience')),
    cost           BIGINT NOT NULL CHECK (cost > 0),
    -- NULL: unlimited
    stock          BIGINT CHECK (stock IS NULL OR stock >= 0),
    per_user_limit BIGINT CHECK (per_user_limit IS NULL OR per_user_limit > 0),
    min_level_id   BIGINT REFERENCES levels (id),
    starts_at      BIGINT,
    ends_at        BIGINT,
    active         BIGINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    redeemed_count BIGINT NOT NULL DEFAULT 0 CHECK (redeemed_count >= 0),
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL,
    CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at < ends_at)
);

CREATE TABLE redemptions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     BIGINT NOT NULL REFERENCES users (id),
    reward_id   BIGINT NOT NULL REFERENCES rewards (id),
    cost        BIGINT NOT NULL CHECK (cost > 0),
    status      TEXT   NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'fulfilled', 'cancelled')),
    -- the member's idempotency key, scoped to the member
    idem_key    TEXT   NOT NULL CHECK (length(idem_key) BETWEEN 1 AND 200),
    -- for the member: tracking, instructions, or the reason for a cancellation
    note        TEXT   NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    created_at  BIGINT NOT NULL,
    decided_at  BIGINT,
    decided_by  BIGINT REFERENCES users (id)
);
CREATE UNIQUE INDEX redemptions_key ON redemptions (idem_key);
CREATE INDEX redemptions_user ON redemptions (user_id, id);
CREATE INDEX redemptions_user_reward ON redemptions (user_id, reward_id, status);
CREATE INDEX redemptions_status ON redemptions (status, id);

-- Pre-loaded codes for discount-code rewards; each is handed to at most one redemption.
CREATE TABLE reward_codes (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    reward_id     BIGINT NOT NULL REFERENCES rewards (id),
    code          TEXT   NOT NULL CHECK (length(code) BETWEEN 1 AND 100),
    redemption_id BIGINT REFERENCES redemptions (id),
    created_at    BIGINT NOT NULL
);
CREATE UNIQUE INDEX reward_codes_code_key ON reward_codes (reward_id, code);
CREATE UNIQUE INDEX reward_codes_redemption_key ON reward_codes (redemption_id) WHERE redemption_id IS NOT NULL;
CREATE INDEX reward_codes_free ON reward_codes (reward_id, id) WHERE redemption_id IS NULL;
