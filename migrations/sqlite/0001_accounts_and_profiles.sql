-- Accounts, sessions, login throttling, profiles and settings.
-- Timestamps are UTC milliseconds since the Unix epoch (BIGINT) on every engine.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT    NOT NULL UNIQUE,          -- stored lower-cased and trimmed
    password_hash TEXT,                             -- argon2id PHC string; NULL for SSO-only accounts
    role          TEXT    NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'admin')),
    disabled_at   BIGINT,
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL
);
-- Admin list pages by e-mail (keyset); the UNIQUE index above serves it.

CREATE TABLE sessions (
    token_hash  TEXT    PRIMARY KEY,                -- SHA-256 of the cookie token, hex
    user_id     BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    auth_method TEXT    NOT NULL,                   -- 'password' now; 'oidc' when SSO arrives
    created_at  BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL,
    user_agent  TEXT
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

CREATE TABLE login_failures (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    scope TEXT    NOT NULL CHECK (scope IN ('account', 'address')),
    key   TEXT    NOT NULL,
    at    BIGINT  NOT NULL
);
CREATE INDEX login_failures_by_key ON login_failures (scope, key, at);

CREATE TABLE profiles (
    user_id        BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    display_name   TEXT   NOT NULL,
    sort_key       TEXT   NOT NULL,                 -- lower-cased display name, for ordering
    title          TEXT   NOT NULL DEFAULT '',
    department     TEXT   NOT NULL DEFAULT '',
    department_key TEXT   NOT NULL DEFAULT '',      -- lower-cased, for the filter
    country        TEXT   NOT NULL DEFAULT '',      -- ISO 3166-1 alpha-2
    ui_language    TEXT   NOT NULL DEFAULT 'en',
    read_languages TEXT   NOT NULL DEFAULT 'en',    -- comma-separated BCP 47 tags, in order
    about          TEXT   NOT NULL DEFAULT '',
    updated_at     BIGINT NOT NULL
);
-- The directory pages in (sort_key, user_id) order, optionally within a department or country.
CREATE INDEX profiles_by_name ON profiles (sort_key, user_id);
CREATE INDEX profiles_by_department ON profiles (department_key, sort_key, user_id);
CREATE INDEX profiles_by_country ON profiles (country, sort_key, user_id);

-- Each word of a display name, lower-cased, so a name search is an index range scan.
CREATE TABLE profile_name_terms (
    term    TEXT   NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (term, user_id)
);
CREATE INDEX profile_name_terms_by_user ON profile_name_terms (user_id);

CREATE TABLE profile_expertise (
    user_id  BIGINT  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tag      TEXT    NOT NULL,
    tag_key  TEXT    NOT NULL,                     -- lower-cased
    PRIMARY KEY (user_id, position)
);
CREATE INDEX profile_expertise_by_tag ON profile_expertise (tag_key, user_id);

-- Organisation-wide settings (key/value), e.g. the restricted-community member cap.
CREATE TABLE settings (
    key        TEXT   PRIMARY KEY,
    value      TEXT   NOT NULL,
    updated_at BIGINT NOT NULL
);
