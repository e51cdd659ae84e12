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
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    received_at BIGINT NOT NULL,
    sender      TEXT   NOT NULL,
    recipient   TEXT   NOT NULL,
    message_id  TEXT,
    user_id     BIGINT REFERENCES users (id),
    outcome     TEXT   NOT NULL CHECK (outcome IN ('posted', 'refused', 'ignored')),
    reason      TEXT   NOT NULL DEFAULT '',
    item_id     BIGINT
);
CREATE UNIQUE INDEX mail_inbound_once ON mail_inbound (message_id, recipient);
CREATE INDEX mail_inbound_by_user ON mail_inbound (user_id, id);

-- The queue also carries answers to mail taken in (why it was not posted), threaded under
-- the message they answer, and the replies of a community's shared inbox, which go from its
-- functional address (`from_addr`) to people who may have no account (no `recipient_id`).
ALTER TABLE mail_queue DROP CONSTRAINT mail_queue_kind_check;
ALTER TABLE mail_queue ADD CONSTRAINT mail_queue_kind_check
    CHECK (kind IN ('notice', 'digest', 'answer', 'inbox'));
ALTER TABLE mail_queue ALTER COLUMN recipient_id DROP NOT NULL;
ALTER TABLE mail_queue ADD COLUMN in_reply_to TEXT;
ALTER TABLE mail_queue ADD COLUMN references_ids TEXT;
ALTER TABLE mail_queue ADD COLUMN from_addr TEXT;
