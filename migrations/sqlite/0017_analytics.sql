-- The programme dashboard: who took part when, kept as they take part (a topic, a reply, a story submitted, a
-- reward redeemed), so the dashboard counts distinct members from one compact index instead of a union of
-- three tables, and the retention table reads a few thousand rows instead of every post.

-- One row per member per UTC day with any activity; `day` is the Unix time of the day's start and `prev_day`
-- the member's previous active day (NULL for their first). A member was active in a period exactly when one
-- of their rows in it has no earlier day in it, so distinct members are a range count, not a DISTINCT sort.
CREATE TABLE member_activity_days (
    day      BIGINT NOT NULL,
    user_id  BIGINT NOT NULL REFERENCES users (id),
    prev_day BIGINT,
    PRIMARY KEY (day, user_id)
) WITHOUT ROWID;
CREATE INDEX member_activity_user ON member_activity_days (user_id, day);

-- One row per member per calendar month (UTC) with any activity, under the month they signed up in. Months
-- are numbered year * 12 + month - 1.
CREATE TABLE member_activity_months (
    cohort_month BIGINT NOT NULL,
    month        BIGINT NOT NULL,
    user_id      BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (cohort_month, month, user_id)
) WITHOUT ROWID;

INSERT INTO member_activity_days (day, user_id, prev_day)
SELECT day, user_id, LAG(day) OVER (PARTITION BY user_id ORDER BY day) FROM (
    SELECT created_at / 86400 * 86400 AS day, author_id AS user_id FROM posts
    UNION
    SELECT submitted_at / 86400 * 86400, author_id FROM stories WHERE submitted_at IS NOT NULL
    UNION
    SELECT created_at / 86400 * 86400, user_id FROM redemptions
) AS activity;

INSERT INTO member_activity_months (cohort_month, month, user_id)
SELECT DISTINCT
    CAST(strftime('%Y', u.created_at, 'unixepoch') AS INTEGER) * 12
        + CAST(strftime('%m', u.created_at, 'unixepoch') AS INTEGER) - 1,
    CAST(strftime('%Y', a.day, 'unixepoch') AS INTEGER) * 12
        + CAST(strftime('%m', a.day, 'unixepoch') AS INTEGER) - 1,
    a.user_id
FROM member_activity_days a JOIN users u ON u.id = a.user_id;

-- Period counts read ranges of these.
CREATE INDEX users_created ON users (created_at, removed_at);
CREATE INDEX posts_created ON posts (created_at);
CREATE INDEX stories_submitted ON stories (submitted_at) WHERE submitted_at IS NOT NULL;
CREATE INDEX stories_approved ON stories (approved_at) WHERE approved_at IS NOT NULL;
CREATE INDEX stories_featured ON stories (featured_at) WHERE featured_at IS NOT NULL;
CREATE INDEX redemptions_created ON redemptions (created_at, reward_id, cost, status);
