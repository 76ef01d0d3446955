-- Accounts and the shared rate-limit counters. Timestamps are Unix seconds on both backends.
CREATE TABLE users (
    id            BIGSERIAL PRIMARY KEY,
    email         TEXT    NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
    display_name  TEXT    NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 50),
    password_hash TEXT    NOT NULL,
    role          TEXT    NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'moderator', 'admin')),
    -- bumped when the password changes, so every other session of the account ends
    auth_version  BIGINT  NOT NULL DEFAULT 1,
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL
);
CREATE UNIQUE INDEX users_email_key ON users (email);

-- Fixed-window counters shared by every node, so limits hold behind a load balancer.
CREATE TABLE rate_limits (
    bucket       TEXT   NOT NULL,
    window_start BIGINT NOT NULL,
    hits         BIGINT NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limits_window ON rate_limits (window_start);
