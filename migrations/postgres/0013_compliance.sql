-- Compliance (issue 15): compliance officers, the watchlist of client names, the queue of
-- writes held for review, and the hash-chained audit trail.

-- Who may manage the watchlist, decide held writes and read the audit trail (granted by
-- admins, like restricted_creators).
CREATE TABLE compliance_officers (
    user_id    BIGINT PRIMARY KEY REFERENCES users (id),
    granted_by BIGINT REFERENCES users (id),
    granted_at BIGINT NOT NULL
);

-- One watched client: its name, aliases (a JSON array of strings), legal form and how
-- strictly a name that is also an ordinary word is matched.
CREATE TABLE watchlist (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       TEXT    NOT NULL,
    name_key   TEXT    NOT NULL,
    aliases    TEXT    NOT NULL DEFAULT '[]',
    legal_form TEXT,
    strictness TEXT    NOT NULL CHECK (strictness IN ('always', 'capitalised', 'with_legal_form')),
    created_by BIGINT  REFERENCES users (id),
    created_at BIGINT  NOT NULL,
    updated_at BIGINT  NOT NULL
);
CREATE UNIQUE INDEX watchlist_by_name ON watchlist (name_key);

-- The restricted communities where a client may be named.
CREATE TABLE watchlist_allowed (
    entry_id     BIGINT NOT NULL REFERENCES watchlist (id) ON DELETE CASCADE,
    community_id BIGINT NOT NULL REFERENCES communities (id),
    PRIMARY KEY (entry_id, community_id)
);
CREATE INDEX watchlist_allowed_by_community ON watchlist_allowed (community_id);

-- Raised with every change of the watchlist, so each node knows when to compile it again.
CREATE TABLE watchlist_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT  NOT NULL
);
INSERT INTO watchlist_version (id, version) VALUES (1, 0);

-- Writes the guard held for review (when the organisation holds rather than refuses): the
-- write as it was asked for (JSON), what matched, and the decision.
CREATE TABLE compliance_held (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    author_id    BIGINT  NOT NULL REFERENCES users (id),
    community_id BIGINT  REFERENCES communities (id),
    write_kind   TEXT    NOT NULL,
    request      TEXT    NOT NULL,
    texts        TEXT    NOT NULL,
    matches      TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'held' CHECK (status IN ('held', 'released', 'rejected')),
    created_at   BIGINT  NOT NULL,
    decided_by   BIGINT  REFERENCES users (id),
    decided_at   BIGINT,
    reason       TEXT    NOT NULL DEFAULT '',
    result_id    BIGINT,
    result_url   TEXT
);
CREATE INDEX compliance_held_by_status ON compliance_held (status, id);
CREATE INDEX compliance_held_by_author ON compliance_held (author_id, id);

-- The audit trail: append-only, each entry holding the SHA-256 of the one before it
-- (server/audit/chain.rs says what is hashed). `audit_head` is the last entry's number and
-- hash; its row is what serialises appends from several nodes.
CREATE TABLE audit_log (
    seq          BIGINT  PRIMARY KEY,
    at           BIGINT  NOT NULL,
    actor_id     BIGINT,
    action       TEXT    NOT NULL,
    community_id BIGINT,
    subject_id   BIGINT,
    detail       TEXT    NOT NULL,
    prev_hash    TEXT    NOT NULL,
    hash         TEXT    NOT NULL
);
CREATE INDEX audit_log_by_community ON audit_log (community_id, seq);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, seq);
CREATE INDEX audit_log_by_time ON audit_log (at, seq);

CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  BIGINT  NOT NULL,
    hash TEXT    NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Nothing in the trail is changed or removed through the application's connection. (Someone
-- with the database's keys can drop these; `gemenskap audit verify` still finds what they
-- did.)
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
