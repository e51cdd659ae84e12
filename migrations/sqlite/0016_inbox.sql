-- The community tool Inbox (issue 16): a functional mailbox as a shared inbox. Mail to the
-- community's inbox address becomes a conversation; its team answers from the intranet, by
-- mail from that address, and keeps internal notes that never leave.

ALTER TABLE communities ADD COLUMN inbox_local TEXT;
CREATE UNIQUE INDEX communities_inbox_local ON communities (inbox_local);

-- One conversation with one correspondent (who may have no account).
CREATE TABLE inbox_conversations (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    community_id      BIGINT  NOT NULL REFERENCES communities (id),
    subject           TEXT    NOT NULL,
    correspondent     TEXT    NOT NULL,   -- their address, lower-cased
    correspondent_name TEXT   NOT NULL DEFAULT '',
    status            TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'waiting', 'closed')),
    assignee_id       BIGINT  REFERENCES users (id),
    created_at        BIGINT  NOT NULL,
    updated_at        BIGINT  NOT NULL,
    -- What it became: a forum question, a wiki page.
    topic_id          BIGINT,
    wiki_path         TEXT
);
CREATE INDEX inbox_conversations_list ON inbox_conversations (community_id, status, updated_at);

-- Its messages: what came in, what the team sent, and internal notes.
CREATE TABLE inbox_messages (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    conversation_id BIGINT  NOT NULL REFERENCES inbox_conversations (id),
    direction       TEXT    NOT NULL CHECK (direction IN ('in', 'out', 'note')),
    author_id       BIGINT  REFERENCES users (id),  -- the team member, for 'out' and 'note'
    body            TEXT    NOT NULL,
    message_id      TEXT,                           -- the mail's, for threading ('in', 'out')
    created_at      BIGINT  NOT NULL
);
CREATE INDEX inbox_messages_by_conversation ON inbox_messages (conversation_id, id);
CREATE INDEX inbox_messages_by_message_id ON inbox_messages (message_id);
