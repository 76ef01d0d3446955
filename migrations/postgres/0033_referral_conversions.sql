-- Referrals that count customers (issue 17). A referred friend may now be a customer who never joins the
-- portal: the shop reports an order with the referrer's code, so `referee_id` may be empty and the friend is
-- known by their normalised email (if the shop gave one). `converted_at` is the "became a customer" stage.
-- Each reported order is one conversion, unique by its order reference, so a report sent twice counts once.
-- The programme chooses where `/r/<code>` lands, the currency revenue is counted in, and a reward whose
-- codes go to referred friends (two-sided referrals): a code handed to a friend is tied to their referral.
ALTER TABLE referrals ALTER COLUMN referee_id DROP NOT NULL;
ALTER TABLE referrals ADD COLUMN friend_email TEXT NOT NULL DEFAULT '' CHECK (char_length(friend_email) <= 254);
ALTER TABLE referrals ADD COLUMN converted_at BIGINT;
CREATE INDEX referrals_friend_email ON referrals (friend_email) WHERE friend_email <> '';
CREATE INDEX referrals_converted ON referrals (converted_at) WHERE converted_at IS NOT NULL;

ALTER TABLE referral_settings DROP CONSTRAINT referral_settings_qualify_on_check;
ALTER TABLE referral_settings ADD CONSTRAINT referral_settings_qualify_on_check
    CHECK (qualify_on IN ('sign_up', 'first_post', 'first_story', 'conversion'));
ALTER TABLE referral_settings ADD COLUMN landing_url TEXT NOT NULL DEFAULT '' CHECK (char_length(landing_url) <= 500);
ALTER TABLE referral_settings ADD COLUMN landing_param TEXT NOT NULL DEFAULT 'ref'
    CHECK (char_length(landing_param) BETWEEN 1 AND 40);
ALTER TABLE referral_settings ADD COLUMN currency TEXT NOT NULL DEFAULT 'USD' CHECK (char_length(currency) = 3);
ALTER TABLE referral_settings ADD COLUMN friend_reward_id BIGINT REFERENCES rewards (id);

-- One reported order. `amount` is in minor units (cents) of the programme's currency, when the shop gave one.
CREATE TABLE referral_conversions (
    id          BIGSERIAL PRIMARY KEY,
    referral_id BIGINT NOT NULL REFERENCES referrals (id),
    order_ref   TEXT   NOT NULL CHECK (char_length(order_ref) BETWEEN 1 AND 100),
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
