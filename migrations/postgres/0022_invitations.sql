-- Invitations: an admin invites an address (one at a time, or a CSV of up to 10,000); the emailed link opens a
-- sign-up form with the address filled in and already confirmed.

-- One upload of a CSV: what was read, how many were invited, and each refused line with its reason (a JSON
-- list of {line, text, reason}), so the admin can come back to the report.
CREATE TABLE invitation_batches (
    id         BIGSERIAL PRIMARY KEY,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    rows_read  BIGINT NOT NULL CHECK (rows_read >= 0),
    invited    BIGINT NOT NULL CHECK (invited >= 0),
    refused    TEXT   NOT NULL
);

-- One row per address ever invited. Inviting an address again whose invitation expired or was revoked reuses
-- its row; only the SHA-256 of the link's token is stored. The status is derived: joined, revoked, expired
-- (expires_at passed), opened (the link was opened), else sent.
CREATE TABLE invitations (
    id           BIGSERIAL PRIMARY KEY,
    email        TEXT   NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
    display_name TEXT   CHECK (length(display_name) BETWEEN 1 AND 200),
    role         TEXT   NOT NULL CHECK (role IN ('member', 'moderator', 'admin')),
    token_hash   TEXT   NOT NULL,
    invited_by   BIGINT NOT NULL REFERENCES users (id),
    batch_id     BIGINT REFERENCES invitation_batches (id),
    created_at   BIGINT NOT NULL,
    sent_at      BIGINT NOT NULL,
    sends        BIGINT NOT NULL DEFAULT 1 CHECK (sends >= 1),
    expires_at   BIGINT NOT NULL,
    opened_at    BIGINT,
    joined_at    BIGINT,
    user_id      BIGINT REFERENCES users (id),
    revoked_at   BIGINT
);
CREATE UNIQUE INDEX invitations_email ON invitations (email);
CREATE UNIQUE INDEX invitations_token ON invitations (token_hash);
CREATE INDEX invitations_recent ON invitations (sent_at, id);
