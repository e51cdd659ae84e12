-- Mail in (issue 16): the key that signs reply addresses, each community's posting address,
-- every message taken in, and answers to the people who sent them.

-- Keys the app nodes share (made once, by whichever node needs one first).
CREATE TABLE site_secrets (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- A community's posting address: mail from a member to `<mail_local>@<mail domain>` becomes
-- a forum topic or a blog post there.
ALTER TABLE communities ADD COLUMN mail_local TEXT;
ALTER TABLE communities ADD COLUMN mail_posts_to TEXT NOT NULL DEFAULT 'forum'
    CHECK (mail_posts_to IN ('forum', 'blog'));
CREATE UNIQUE INDEX communities_mail_local ON communities (mail_local);

-- Every message taken in, and what became of it. A mail server that did not hear our answer
-- hands a message over again: its Message-ID and recipient make the second one a repeat.
CREATE TABLE mail_inbound (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at BIGINT  NOT NULL,
    sender      TEXT    NOT NULL,
    recipient   TEXT    NOT NULL,
    message_id  TEXT,
    user_id     BIGINT  REFERENCES users (id),
    outcome     TEXT    NOT NULL CHECK (outcome IN ('posted', 'refused', 'ignored')),
    reason      TEXT    NOT NULL DEFAULT '',
    item_id     BIGINT
);
CREATE UNIQUE INDEX mail_inbound_once ON mail_inbound (message_id, recipient);
CREATE INDEX mail_inbound_by_user ON mail_inbound (user_id, id);

-- The queue also carries answers to mail taken in (why it was not posted), threaded under
-- the message they answer, and the replies of a community's shared inbox, which go from its
-- functional address (`from_addr`) to people who may have no account (no `recipient_id`).
-- SQLite cannot change a CHECK or a NOT NULL in place: the table is rebuilt.
CREATE TABLE mail_queue_new (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient_id    BIGINT  REFERENCES users (id),
    kind            TEXT    NOT NULL CHECK (kind IN ('notice', 'digest', 'answer', 'inbox')),
    dedupe_key      TEXT    NOT NULL UNIQUE,
    notification_id BIGINT,
    scope           TEXT    NOT NULL DEFAULT '',
    to_addr         TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body_text       TEXT    NOT NULL,
    body_html       TEXT    NOT NULL,
    message_id      TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'queued'
                            CHECK (status IN ('queued', 'sent', 'dropped', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    last_error      TEXT,
    created_at      BIGINT  NOT NULL,
    sent_at         BIGINT,
    in_reply_to     TEXT,
    references_ids  TEXT,
    from_addr       TEXT
);
INSERT INTO mail_queue_new (id, recipient_id, kind, dedupe_key, notification_id, scope, to_addr,
    subject, body_text, body_html, message_id, status, attempts, next_attempt_at, last_error,
    created_at, sent_at)
SELECT id, recipient_id, kind, dedupe_key, notification_id, scope, to_addr, subject, body_text,
    body_html, message_id, status, attempts, next_attempt_at, last_error, created_at, sent_at
FROM mail_queue;
DROP TABLE mail_queue;
ALTER TABLE mail_queue_new RENAME TO mail_queue;
CREATE INDEX mail_queue_due ON mail_queue (status, next_attempt_at);
CREATE INDEX mail_queue_by_recipient ON mail_queue (recipient_id, id);
CREATE INDEX mail_queue_by_notification ON mail_queue (notification_id);
