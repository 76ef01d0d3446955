-- Net Promoter Score surveys. A member is asked at most once per period of a survey: `period_no` is
-- (answered_at - starts_at) / (period_days * 86400). A row with `score` NULL is a dismissal ("Not now"), which
-- keeps the banner away for that period on every device; the member may still answer in the same period (a
-- guarded UPDATE ... WHERE score IS NULL), but never twice. `created_at` is when the member answered, or
-- dismissed while the score is NULL. Timestamps are Unix seconds.
CREATE TABLE surveys (
    id          BIGSERIAL PRIMARY KEY,
    title       TEXT   NOT NULL CHECK (char_length(title) BETWEEN 1 AND 100),
    question    TEXT   NOT NULL CHECK (char_length(question) BETWEEN 1 AND 300),
    ask_why     BIGINT NOT NULL DEFAULT 1 CHECK (ask_why IN (0, 1)),
    period_days BIGINT NOT NULL DEFAULT 90 CHECK (period_days > 0),
    starts_at   BIGINT NOT NULL,
    ends_at     BIGINT,
    created_by  BIGINT NOT NULL REFERENCES users (id),
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL,
    CHECK (ends_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX surveys_starts ON surveys (starts_at);

CREATE TABLE survey_responses (
    id         BIGSERIAL PRIMARY KEY,
    survey_id  BIGINT NOT NULL REFERENCES surveys (id),
    user_id    BIGINT NOT NULL REFERENCES users (id),
    period_no  BIGINT NOT NULL CHECK (period_no >= 0),
    -- NULL means dismissed
    score      BIGINT CHECK (score BETWEEN 0 AND 10),
    comment    TEXT   NOT NULL DEFAULT '' CHECK (char_length(comment) <= 1000),
    created_at BIGINT NOT NULL,
    CONSTRAINT survey_responses_once UNIQUE (survey_id, user_id, period_no)
);
CREATE INDEX survey_responses_created ON survey_responses (created_at);
CREATE INDEX survey_responses_survey_created ON survey_responses (survey_id, created_at);
CREATE INDEX survey_responses_user ON survey_responses (user_id, survey_id);
