-- Two-factor sign-in (issue 18): a TOTP secret (RFC 6238) per member who turned it on, the time step of the last
-- code used (a code works once), one-time recovery codes kept as SHA-256 digests, and devices a member chose to
-- remember for 30 days (the cookie's token, as a digest). Admins can require a second factor of moderators and
-- admins, who are then sent to set one up before any staff page opens.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled_at BIGINT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;

CREATE TABLE recovery_codes (
    user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT   NOT NULL CHECK (char_length(code_hash) = 64),
    used_at   BIGINT,
    PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE remembered_devices (
    token_hash TEXT   NOT NULL PRIMARY KEY CHECK (char_length(token_hash) = 64),
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX remembered_devices_user ON remembered_devices (user_id);

ALTER TABLE site_settings ADD COLUMN staff_two_factor BIGINT NOT NULL DEFAULT 0 CHECK (staff_two_factor IN (0, 1));
