-- Webhooks (issue 17). An admin registers an endpoint (a URL, the events it wants, a signing secret). Each
-- event writes one delivery per subscribed endpoint into this outbox in the event's own transaction; the
-- senders of every node claim due rows by a lease (as the email outbox does), sign and POST them, and retry
-- with backoff for a day. The unique (endpoint, event key) makes an event enqueue once however often the code
-- that raises it runs.
CREATE TABLE webhook_endpoints (
    id          BIGSERIAL PRIMARY KEY,
    url         TEXT   NOT NULL CHECK (length(url) BETWEEN 8 AND 2000),
    description TEXT   NOT NULL DEFAULT '' CHECK (length(description) <= 200),
    events      TEXT   NOT NULL,
    secret      TEXT   NOT NULL,
    active      BIGINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by  BIGINT NOT NULL REFERENCES users (id),
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);

CREATE TABLE webhook_deliveries (
    id              BIGSERIAL PRIMARY KEY,
    endpoint_id     BIGINT NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event           TEXT   NOT NULL,
    event_key       TEXT   NOT NULL,
    payload         TEXT   NOT NULL,
    status          TEXT   NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'delivered', 'failed')),
    tries           BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until   BIGINT,
    give_up_at      BIGINT NOT NULL,
    response_status BIGINT,
    last_error      TEXT,
    last_attempt_at BIGINT,
    delivered_at    BIGINT,
    created_at      BIGINT NOT NULL,
    UNIQUE (endpoint_id, event_key)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status IN ('queued', 'sending');
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);
