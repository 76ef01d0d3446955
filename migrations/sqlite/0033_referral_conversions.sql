-- Referrals that count customers (issue 17). A referred friend may now be a customer who never joins the
-- portal: the shop reports an order with the referrer's code, so `referee_id` may be empty and the friend is
-- known by their normalised email (if the shop gave one). `converted_at` is the "became a customer" stage.
-- Each reported order is one conversion, unique by its order reference, so a report sent twice counts once.
-- The programme chooses where `/r/<code>` lands, the currency revenue is counted in, and a reward whose
-- codes go to referred friends (two-sided referrals): a code handed to a friend is tied to their referral.
--
-- SQLite cannot make a column nullable or change a CHECK in place, so `referrals` and `referral_settings`
-- are rebuilt. Notifications point at referrals: their links are set aside and put back, so the old table
-- can be dropped inside this migration's transaction with foreign keys on.
CREATE TEMP TABLE referral_links_kept AS SELECT id, referral_id FROM notifications WHERE referral_id IS NOT NULL;
UPDATE notifications SET referral_id = NULL WHERE referral_id IS NOT NULL;

CREATE TABLE referrals_new (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    referrer_id  BIGINT NOT NULL REFERENCES users (id),
    referee_id   BIGINT REFERENCES users (id),
    code         TEXT   NOT NULL,
    status       TEXT   NOT NULL CHECK (status IN ('signed_up', 'held', 'qualified', 'rewarded', 'rejected', 'reversed')),
    flag         TEXT   NOT NULL DEFAULT '' CHECK (flag IN ('', 'self', 'ip_burst', 'daily_cap', 'spam')),
    note         TEXT   NOT NULL DEFAULT '' CHECK (length(note) <= 300),
    ip           TEXT   NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL,
    qualified_at BIGINT,
    due_at       BIGINT,
    rewarded_at  BIGINT,
    decided_by   BIGINT REFERENCES users (id),
    decided_at   BIGINT,
    friend_email TEXT   NOT NULL DEFAULT '' CHECK (length(friend_email) <= 254),
    converted_at BIGINT,
    CHECK (referrer_id <> referee_id)
);
INSERT INTO referrals_new (id, referrer_id, referee_id, code, status, flag, note, ip, created_at, qualified_at,
                           due_at, rewarded_at, decided_by, decided_at)
    SELECT id, referrer_id, referee_id, code, status, flag, note, ip, created_at, qualified_at, due_at,
           rewarded_at, decided_by, decided_at FROM referrals;
DROP TABLE referrals;
ALTER TABLE referrals_new RENAME TO referrals;
CREATE UNIQUE INDEX referrals_referee ON referrals (referee_id);
CREATE INDEX referrals_referrer ON referrals (referrer_id, id);
CREATE INDEX referrals_status ON referrals (status, due_at);
CREATE INDEX referrals_ip ON referrals (ip, created_at);
CREATE INDEX referrals_created ON referrals (created_at);
CREATE INDEX referrals_rewarded ON referrals (referrer_id, rewarded_at);
CREATE INDEX referrals_friend_email ON referrals (friend_email) WHERE friend_email <> '';
CREATE INDEX referrals_converted ON referrals (converted_at) WHERE converted_at IS NOT NULL;

UPDATE notifications SET referral_id = (SELECT k.referral_id FROM referral_links_kept k WHERE k.id = notifications.id)
    WHERE id IN (SELECT id FROM referral_links_kept);
DROP TABLE referral_links_kept;

CREATE TABLE referral_settings_new (
    id               BIGINT PRIMARY KEY CHECK (id = 1),
    qualify_on       TEXT   NOT NULL CHECK (qualify_on IN ('sign_up', 'first_post', 'first_story', 'conversion')),
    hold_days        BIGINT NOT NULL CHECK (hold_days BETWEEN 0 AND 90),
    daily_cap        BIGINT NOT NULL CHECK (daily_cap BETWEEN 1 AND 1000),
    ip_burst         BIGINT NOT NULL CHECK (ip_burst BETWEEN 2 AND 1000),
    updated_at       BIGINT NOT NULL DEFAULT 0,
    -- '' lands on the sign-up page; otherwise an http(s) address that gets the code as `landing_param`
    landing_url      TEXT   NOT NULL DEFAULT '' CHECK (length(landing_url) <= 500),
    landing_param    TEXT   NOT NULL DEFAULT 'ref' CHECK (length(landing_param) BETWEEN 1 AND 40),
    currency         TEXT   NOT NULL DEFAULT 'USD' CHECK (length(currency) = 3),
    friend_reward_id BIGINT REFERENCES rewards (id)
);
INSERT INTO referral_settings_new (id, qualify_on, hold_days, daily_cap, ip_burst, updated_at)
    SELECT id, qualify_on, hold_days, daily_cap, ip_burst, updated_at FROM referral_settings;
DROP TABLE referral_settings;
ALTER TABLE referral_settings_new RENAME TO referral_settings;

-- One reported order. `amount` is in minor units (cents) of the programme's currency, when the shop gave one.
CREATE TABLE referral_conversions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    referral_id BIGINT NOT NULL REFERENCES referrals (id),
    order_ref   TEXT   NOT NULL CHECK (length(order_ref) BETWEEN 1 AND 100),
    amount      BIGINT CHECK (amount IS NULL OR amount >= 0),
    email       TEXT   NOT NULL DEFAULT '',
    code        TEXT   NOT NULL DEFAULT '',
    source      TEXT   NOT NULL CHECK (source IN ('api', 'csv')),
    token_id    BIGINT REFERENCES api_tokens (id),
    created_by  BIGINT REFERENCES users (id),
    created_at  BIGINT NOT NULL
);
CREATE UNIQUE INDEX referral_conversions_order ON referral_conversions (order_ref);
CREATE INDEX referral_conversions_referral ON referral_conversions (referral_id, id);
CREATE INDEX referral_conversions_created ON referral_conversions (created_at);

-- A discount code given to a referred friend, not sold through a redemption.
ALTER TABLE reward_codes ADD COLUMN referral_id BIGINT REFERENCES referrals (id);
CREATE UNIQUE INDEX reward_codes_referral_key ON reward_codes (referral_id) WHERE referral_id IS NOT NULL;
DROP INDEX reward_codes_free;
CREATE INDEX reward_codes_free ON reward_codes (reward_id, id) WHERE redemption_id IS NULL AND referral_id IS NULL;
