-- Email: the outbox every node sends from, verified addresses, and the single-use links sent by email.

-- One row per email, written in the transaction of the event that causes it. A sender on every node claims
-- due rows (a lease in `claimed_until`), sends them and marks them; `kept` mail is stored for /admin/mail
-- because no SMTP server is configured.
CREATE TABLE mail_outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT   NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    user_id         BIGINT REFERENCES users (id),
    to_addr         TEXT   NOT NULL CHECK (length(to_addr) BETWEEN 3 AND 254),
    subject         TEXT   NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
    body_text       TEXT   NOT NULL,
    body_html       TEXT   NOT NULL,
    -- the one-click unsubscribe address (RFC 8058) of a notification email
    unsubscribe_url TEXT,
    status          TEXT   NOT NULL CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'kept')),
    tries           BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until   BIGINT,
    last_error      TEXT   CHECK (length(last_error) <= 2000),
    created_at      BIGINT NOT NULL,
    sent_at         BIGINT
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX mail_outbox_to ON mail_outbox (to_addr, id);
CREATE INDEX mail_outbox_user ON mail_outbox (user_id, id);

-- Every member who joined before email existed is treated as verified.
ALTER TABLE users ADD COLUMN email_verified_at BIGINT;
UPDATE users SET email_verified_at = created_at;

-- Single-use links: password reset, address confirmation, a change of address. Only the SHA-256 of the token
-- is stored; `email` is the address the link went to (the new one, for a change).
CREATE TABLE account_tokens (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    purpose    TEXT   NOT NULL CHECK (purpose IN ('reset', 'verify', 'email')),
    token_hash TEXT   NOT NULL,
    email      TEXT   NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at    BIGINT
);
CREATE UNIQUE INDEX account_tokens_hash ON account_tokens (token_hash);
CREATE INDEX account_tokens_user ON account_tokens (user_id, purpose);
