-- Groups and private spaces (issue 16). A group is a set of members; a category limited to a group is a
-- private space that only its members (and staff, who moderate it) see. Visible groups are listed to every
-- member; hidden ones only to their members. Joining: open (members join themselves), request (an admin
-- approves) or admins (added by admins, an invitation, or a rule only).
CREATE TABLE member_groups (
    id          BIGSERIAL PRIMARY KEY,
    slug        TEXT   NOT NULL CHECK (char_length(slug) BETWEEN 1 AND 40),
    name        TEXT   NOT NULL CHECK (char_length(name) BETWEEN 1 AND 60),
    description TEXT   NOT NULL DEFAULT '' CHECK (char_length(description) <= 300),
    visibility  TEXT   NOT NULL CHECK (visibility IN ('visible', 'hidden')),
    joining     TEXT   NOT NULL CHECK (joining IN ('open', 'request', 'admins')),
    -- Members whose lifetime points reach this level belong automatically.
    auto_level_id BIGINT REFERENCES levels (id) ON DELETE SET NULL,
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE UNIQUE INDEX member_groups_slug_key ON member_groups (slug);

-- Members whose confirmed address is at one of these domains belong automatically.
CREATE TABLE group_domains (
    group_id BIGINT NOT NULL REFERENCES member_groups (id) ON DELETE CASCADE,
    domain   TEXT   NOT NULL CHECK (char_length(domain) BETWEEN 3 AND 253),
    PRIMARY KEY (group_id, domain)
);

-- how: admin (added by hand or CSV), joined (an open group), request (approved), invitation, domain or
-- level (a rule: the member leaves when it stops matching; the others stay until removed).
CREATE TABLE group_members (
    group_id BIGINT NOT NULL REFERENCES member_groups (id) ON DELETE CASCADE,
    user_id  BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    how      TEXT   NOT NULL CHECK (how IN ('admin', 'joined', 'request', 'invitation', 'domain', 'level')),
    added_at BIGINT NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user ON group_members (user_id, group_id);

-- Requests to join a group that takes them, waiting for an admin.
CREATE TABLE group_requests (
    group_id   BIGINT NOT NULL REFERENCES member_groups (id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (group_id, user_id)
);

-- A category limited to a group; NULL is everyone's.
ALTER TABLE categories ADD COLUMN group_id BIGINT REFERENCES member_groups (id);
CREATE INDEX categories_group ON categories (group_id);

-- A reward limited to a group: only its members (and staff) see and redeem it.
ALTER TABLE rewards ADD COLUMN group_id BIGINT REFERENCES member_groups (id);

-- A challenge limited to a group: only its members (and staff) see and complete it.
ALTER TABLE challenges ADD COLUMN group_id BIGINT REFERENCES member_groups (id);

-- An NPS survey limited to a group: only its members are asked.
ALTER TABLE surveys ADD COLUMN group_id BIGINT REFERENCES member_groups (id);
