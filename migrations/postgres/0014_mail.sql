-- Mail (issue 16): how each person hears by mail, and the queue of mails going out, which is
-- also each person's send log.

-- A person's choice: each notification at once ('immediate'), a daily or weekly digest, or
-- nothing. No row means the weekly digest. `since` is when the choice was made: notifications
-- older than that are not mailed one by one. The unsubscribe token is what the one-click link
-- in every mail to them carries (random; made with the first mail).
CREATE TABLE mail_prefs (
    user_id           BIGINT PRIMARY KEY REFERENCES users (id),
    mode              TEXT   NOT NULL DEFAULT 'weekly'
                             CHECK (mode IN ('immediate', 'daily', 'weekly', 'never')),
    since             BIGINT NOT NULL,
    unsubscribe_token TEXT   UNIQUE
);

-- Mails to send and sent. A mail is written once, under a key that says what it is
-- ('notice:<notification>', 'digest:daily:2026-12-03:<person>'), so a restart, a retry or a
-- second node never queues it twice. `scope` lists the restricted communities the mail
-- counts items of (never names): who may see is checked again when it is sent.
CREATE TABLE mail_queue (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient_id    BIGINT  NOT NULL REFERENCES users (id),
    kind            TEXT    NOT NULL CHECK (kind IN ('notice', 'digest')),
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
    attempts        BIGINT  NOT NULL DEFAULT 0,
    next_attempt_at BIGINT  NOT NULL,
    last_error      TEXT,
    created_at      BIGINT  NOT NULL,
    sent_at         BIGINT
);
CREATE INDEX mail_queue_due ON mail_queue (status, next_attempt_at);
CREATE INDEX mail_queue_by_recipient ON mail_queue (recipient_id, id);
CREATE INDEX mail_queue_by_notification ON mail_queue (notification_id);

-- Which digest runs were started and finished: one node builds a period's digests; if it
-- stops halfway, another (or the same after a restart) takes over and the keys above skip
-- what was queued already.
CREATE TABLE mail_digest_runs (
    period      TEXT   PRIMARY KEY,
    started_at  BIGINT NOT NULL,
    finished_at BIGINT,
    queued      BIGINT NOT NULL DEFAULT 0
);
