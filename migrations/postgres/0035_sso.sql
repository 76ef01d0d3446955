-- Single sign-on (issue 18). An admin adds OpenID Connect providers (discovery from the issuer, a confidential
-- client, the scopes, an optional claim whose values make a member an admin or moderator or put them in groups
-- of that slug, whether a first sign-in may create an account, whether it links to the account that already
-- holds a verified address without asking for its password). A member's link to a provider is the provider's
-- subject identifier, never the address: an address can change at the provider, the subject cannot.
CREATE TABLE sso_providers (
    id               BIGSERIAL PRIMARY KEY,
    slug             TEXT   NOT NULL UNIQUE CHECK (char_length(slug) BETWEEN 1 AND 40),
    name             TEXT   NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
    issuer           TEXT   NOT NULL CHECK (char_length(issuer) BETWEEN 8 AND 500),
    client_id        TEXT   NOT NULL CHECK (char_length(client_id) BETWEEN 1 AND 300),
    client_secret    TEXT   NOT NULL CHECK (char_length(client_secret) BETWEEN 1 AND 500),
    scopes           TEXT   NOT NULL,
    claim            TEXT,
    admin_values     TEXT   NOT NULL DEFAULT '[]',
    moderator_values TEXT   NOT NULL DEFAULT '[]',
    create_accounts  BIGINT NOT NULL DEFAULT 0 CHECK (create_accounts IN (0, 1)),
    auto_link        BIGINT NOT NULL DEFAULT 0 CHECK (auto_link IN (0, 1)),
    created_at       BIGINT NOT NULL,
    updated_at       BIGINT NOT NULL
);

CREATE TABLE sso_identities (
    provider_id  BIGINT NOT NULL REFERENCES sso_providers (id) ON DELETE CASCADE,
    subject      TEXT   NOT NULL CHECK (char_length(subject) BETWEEN 1 AND 255),
    user_id      BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    email        TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    last_used_at BIGINT NOT NULL,
    PRIMARY KEY (provider_id, subject),
    UNIQUE (provider_id, user_id)
);
CREATE INDEX sso_identities_user ON sso_identities (user_id);

-- Who may sign in with a password: everyone, members only (staff through a provider), or nobody.
-- `chorus create-admin` turns it back to everyone (break-glass).
ALTER TABLE site_settings ADD COLUMN password_sign_in TEXT NOT NULL DEFAULT 'everyone'
    CHECK (password_sign_in IN ('everyone', 'members', 'nobody'));
