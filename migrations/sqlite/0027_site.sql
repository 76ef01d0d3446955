-- The community's own name and look (issue 15): one row, read on every page request so every node shows a
-- change at once. The introduction is Markdown; intro_html is its sanitised rendering, made when it is saved.
CREATE TABLE site_settings (
    id            INTEGER   NOT NULL PRIMARY KEY CHECK (id = 1),
    name          TEXT   NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    tagline       TEXT   NOT NULL DEFAULT '' CHECK (length(tagline) <= 140),
    -- A picture of kind 'logo' (within 400 x 200) and one of kind 'avatar' (a 256 px and a 64 px square).
    logo          TEXT   REFERENCES media (hash) ON DELETE SET NULL,
    favicon       TEXT   REFERENCES media (hash) ON DELETE SET NULL,
    brand_colour  TEXT   NOT NULL CHECK (length(brand_colour) = 7),
    home_headline TEXT   NOT NULL CHECK (length(home_headline) BETWEEN 1 AND 120),
    home_intro    TEXT   NOT NULL DEFAULT '' CHECK (length(home_intro) <= 4000),
    intro_html    TEXT   NOT NULL DEFAULT '',
    -- A JSON array of {"label", "url"}: checked when saved (https, http or a path on this site).
    footer_links  TEXT   NOT NULL DEFAULT '[]',
    updated_at    BIGINT NOT NULL,
    updated_by    BIGINT REFERENCES users (id) ON DELETE SET NULL
);
INSERT INTO site_settings (id, name, tagline, brand_colour, home_headline, home_intro, intro_html, updated_at)
VALUES (1, 'Chorus', 'A home for our customer advocates.', '#4338ca', 'Welcome to the Chorus community',
        'Talk with peers, share your story, earn recognition and rewards.',
        '<p>Talk with peers, share your story, earn recognition and rewards.</p>', 0);

-- The terms of service, the privacy notice and the community guidelines, each a series of published versions
-- (never edited once published). Members accept the newest terms version at sign-up, and again on their next visit after a new
-- one is published.
CREATE TABLE legal_versions (
    kind         TEXT   NOT NULL CHECK (kind IN ('terms', 'privacy', 'guidelines')),
    version      BIGINT NOT NULL CHECK (version >= 1),
    body         TEXT   NOT NULL CHECK (length(body) BETWEEN 1 AND 60000),
    body_html    TEXT   NOT NULL,
    changes      TEXT   NOT NULL DEFAULT '' CHECK (length(changes) <= 300),
    published_at BIGINT NOT NULL,
    published_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (kind, version)
);

-- Which terms version each member accepted, and when: the newest on the users row, every one in the history.
ALTER TABLE users ADD COLUMN terms_version BIGINT;
CREATE TABLE terms_acceptances (
    user_id     BIGINT NOT NULL REFERENCES users (id),
    version     BIGINT NOT NULL,
    accepted_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, version)
);

-- Who opened which document while signed in (the newest read of each): the welcome checklist's "read the
-- guidelines" step is ticked by it.
CREATE TABLE legal_reads (
    user_id BIGINT NOT NULL REFERENCES users (id),
    kind    TEXT   NOT NULL,
    read_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- The welcome checklist's points: each step once per member, paid as a welcome bonus. Off until an admin turns
-- it on at /admin/points.
INSERT INTO point_rules (rule, amount, daily_cap, enabled) VALUES ('checklist', 10, NULL, 0);
