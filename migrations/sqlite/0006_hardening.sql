-- Hardening.

-- What a display name looks like whatever its letters (its confusable skeleton, made by
-- server/text.rs): no two people may look alike. Filled for older rows at start
-- (profile::repo::fill_missing_skeletons); NULL for a row whose name already looked like
-- another's then.
ALTER TABLE profiles ADD COLUMN name_skeleton TEXT;
CREATE UNIQUE INDEX profiles_by_name_skeleton ON profiles (name_skeleton);

-- When a session was last used, for the idle timeout; updated at most once a minute.
ALTER TABLE sessions ADD COLUMN last_seen_at BIGINT;
UPDATE sessions SET last_seen_at = created_at;

-- Login throttling by the pair of account and address as well (auth/throttle.rs): failures
-- are short-lived, so the table starts again with the new scope allowed.
DROP TABLE login_failures;
CREATE TABLE login_failures (
    id    INTEGER PRIMARY KEY AUTOINCREMENT,
    scope TEXT    NOT NULL CHECK (scope IN ('pair', 'account', 'address')),
    key   TEXT    NOT NULL,
    at    BIGINT  NOT NULL
);
CREATE INDEX login_failures_by_key ON login_failures (scope, key, at);
CREATE INDEX login_failures_by_age ON login_failures (at);

-- Where an account has logged in successfully lately: from there, failures elsewhere (on the
-- account or the address) do not slow its owner down.
CREATE TABLE login_known_addresses (
    email   TEXT   NOT NULL,
    address TEXT   NOT NULL,
    at      BIGINT NOT NULL,
    PRIMARY KEY (email, address)
);
CREATE INDEX login_known_addresses_by_age ON login_known_addresses (at);

-- Content and communities get random ids from the application (server/public_id.rs), so the
-- gaps between ids a reader sees say nothing about what was written where they cannot look.
-- SQLite takes an explicit id in an INTEGER PRIMARY KEY column as it is.
