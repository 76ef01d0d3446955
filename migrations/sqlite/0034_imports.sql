-- CSV imports (issue 17): moving a programme in. A testimonial row has no natural key in the portal, so each
-- imported row claims its key here (the file's `key` column, or a digest of the row) in the transaction that
-- writes it: a re-run, or an import cut short and sent again, finds the key and imports nothing twice.
-- Members are keyed by their email, opening balances by the ledger's idempotency key, codes by their pool.
CREATE TABLE import_keys (
    kind       TEXT   NOT NULL CHECK (kind IN ('testimonials')),
    key        TEXT   NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    ref_id     BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (kind, key)
);
