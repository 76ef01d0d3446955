-- API tokens (issue 17). An admin makes a token for another system (a CRM, a shop); the token acts with its
-- maker's authority, limited to its scopes, and stops working when revoked, expired, or when its maker is no
-- longer an active admin. Only a SHA-256 digest of the secret is kept (the secret is 256 random bits, so a
-- slow hash adds nothing); the prefix is shown so admins can tell tokens apart.
CREATE TABLE api_tokens (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT   NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    prefix          TEXT   NOT NULL,
    secret_hash     TEXT   NOT NULL UNIQUE,
    scopes          TEXT   NOT NULL,
    rate_per_minute BIGINT NOT NULL DEFAULT 600 CHECK (rate_per_minute BETWEEN 1 AND 100000),
    created_by      BIGINT NOT NULL REFERENCES users (id),
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT,
    revoked_at      BIGINT,
    revoked_by      BIGINT REFERENCES users (id),
    last_used_at    BIGINT
);

-- A write sent with an Idempotency-Key: the key is claimed in the write's own transaction together with a
-- fingerprint of the request, and the answer is kept, so a retry gets the first answer and a different request
-- under the same key is refused. Keys belong to a token.
CREATE TABLE api_requests (
    token_id    BIGINT NOT NULL REFERENCES api_tokens (id),
    idem_key    TEXT   NOT NULL,
    fingerprint TEXT   NOT NULL,
    status      BIGINT NOT NULL DEFAULT 0,
    body        TEXT   NOT NULL DEFAULT '',
    created_at  BIGINT NOT NULL,
    PRIMARY KEY (token_id, idem_key)
);

-- The audit log names the API token an action came through (its maker is the actor).
ALTER TABLE audit_log ADD COLUMN via_token TEXT;
