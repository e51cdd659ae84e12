-- Communities, their members, join requests, the append-only membership history, and who
-- may create restricted communities. Timestamps are UTC milliseconds (BIGINT).

CREATE TABLE communities (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    slug         TEXT    NOT NULL UNIQUE,           -- restricted ones get a random slug: no client name in URLs
    name         TEXT    NOT NULL,
    name_key     TEXT    NOT NULL,                  -- lower-cased name, for ordering and the name filter
    description  TEXT    NOT NULL DEFAULT '',
    visibility   TEXT    NOT NULL CHECK (visibility IN ('public', 'moderated', 'restricted')),
    template     TEXT    NOT NULL CHECK (template IN ('helpdesk', 'project', 'client_team')),
    languages    TEXT    NOT NULL,                  -- comma-separated BCP 47 tags, in order
    tools        TEXT    NOT NULL,                  -- comma-separated: blog, forum, wiki, files
    forum_mode   TEXT    NOT NULL DEFAULT 'discussion' CHECK (forum_mode IN ('discussion', 'questions')),
    member_cap   BIGINT,                            -- a restricted community's own, lower cap
    member_count BIGINT  NOT NULL DEFAULT 0 CHECK (member_count >= 0),
    created_by   BIGINT  NOT NULL REFERENCES users (id),
    created_at   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL,
    archived_at  BIGINT,
    deleted_at   BIGINT                             -- deleted communities keep their history
);
-- The directory pages in (name_key, id) order.
CREATE INDEX communities_by_name ON communities (name_key, id);
CREATE INDEX communities_by_visibility ON communities (visibility, name_key, id);

CREATE TABLE community_languages (
    community_id BIGINT NOT NULL REFERENCES communities (id),
    lang         TEXT   NOT NULL,
    PRIMARY KEY (community_id, lang)
);
CREATE INDEX community_languages_by_lang ON community_languages (lang, community_id);

CREATE TABLE community_members (
    community_id BIGINT NOT NULL REFERENCES communities (id),
    user_id      BIGINT NOT NULL REFERENCES users (id),
    role         TEXT   NOT NULL CHECK (role IN ('owner', 'moderator', 'member')),
    joined_at    BIGINT NOT NULL,
    PRIMARY KEY (community_id, user_id)
);
-- "My communities" and the visibility filter look members up by user.
CREATE INDEX community_members_by_user ON community_members (user_id, community_id);
CREATE INDEX community_members_by_role ON community_members (community_id, role);

CREATE TABLE community_requests (
    community_id BIGINT NOT NULL REFERENCES communities (id),
    user_id      BIGINT NOT NULL REFERENCES users (id),
    message      TEXT   NOT NULL DEFAULT '',
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (community_id, user_id)
);
CREATE INDEX community_requests_by_time ON community_requests (community_id, created_at, user_id);

-- Every membership event. Append-only: the triggers below refuse UPDATE and DELETE, so the
-- insider list exported from it cannot be rewritten through the application.
CREATE TABLE community_history (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id BIGINT  NOT NULL REFERENCES communities (id),
    user_id      BIGINT  REFERENCES users (id),     -- whose membership; NULL for community events
    actor_id     BIGINT  REFERENCES users (id),     -- who did it; NULL for the system
    event        TEXT    NOT NULL CHECK (event IN (
                     'created', 'joined', 'requested', 'approved', 'rejected', 'added',
                     'left', 'removed', 'role_changed', 'refused_cap',
                     'archived', 'unarchived', 'deleted')),
    role         TEXT,                              -- the member's role after the event
    reason       TEXT    NOT NULL DEFAULT '',
    at           BIGINT  NOT NULL
);
CREATE INDEX community_history_by_time ON community_history (community_id, at, id);

CREATE TRIGGER community_history_no_update BEFORE UPDATE ON community_history
BEGIN
    SELECT RAISE(ABORT, 'community_history is append-only');
END;
CREATE TRIGGER community_history_no_delete BEFORE DELETE ON community_history
BEGIN
    SELECT RAISE(ABORT, 'community_history is append-only');
END;

-- Members an admin has allowed to create restricted communities.
CREATE TABLE restricted_creators (
    user_id    BIGINT PRIMARY KEY REFERENCES users (id),
    granted_by BIGINT REFERENCES users (id),
    granted_at BIGINT NOT NULL
);
