-- no-transaction
-- Two new kinds of content, 'wiki_page' and 'file' (wikis and files join the one id space),
-- and a new notification kind, 'page_edited' (a followed page changed).
--
-- SQLite cannot change a CHECK constraint, so `content` is rebuilt as SQLite's documented
-- twelve steps say: with foreign keys off (which only works outside a transaction, hence
-- `no-transaction` above), inside a transaction of its own, checked before it commits. The
-- other tables name `content` and keep doing so. Running it twice (a crash between the commit
-- and the migration's record) rebuilds the same table again.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE content_rebuilt (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    kind              TEXT   NOT NULL CHECK (kind IN ('status', 'blog_post', 'topic', 'reply', 'comment',
                                                      'wiki_page', 'file')),
    author_id         BIGINT NOT NULL REFERENCES users (id),
    community_id      BIGINT REFERENCES communities (id),  -- NULL: on the author's own profile or blog
    parent_id         BIGINT REFERENCES content (id),      -- a reply's topic, a comment's target
    thread_id         BIGINT REFERENCES content (id),      -- the thread's first item; NULL for that item
    title             TEXT,
    body              TEXT   NOT NULL,                     -- Markdown as written
    body_html         TEXT   NOT NULL,                     -- rendered and sanitised when written
    excerpt           TEXT   NOT NULL,                     -- plain text, for lists and notifications
    lang              TEXT   NOT NULL,                     -- BCP 47, 'und' when unknown
    version           BIGINT NOT NULL DEFAULT 1,           -- +1 per edit (translations record it)
    is_question       BIGINT NOT NULL DEFAULT 0,
    accepted_reply_id BIGINT REFERENCES content (id),
    pinned            BIGINT NOT NULL DEFAULT 0,
    locked            BIGINT NOT NULL DEFAULT 0,
    reply_count       BIGINT NOT NULL DEFAULT 0,
    comment_count     BIGINT NOT NULL DEFAULT 0,
    like_count        BIGINT NOT NULL DEFAULT 0,
    created_at        BIGINT NOT NULL,
    published_at      BIGINT,                              -- NULL while a blog post is a draft
    activity_at       BIGINT NOT NULL,                     -- a topic's last reply; orders the forum
    edited_at         BIGINT,
    edited_by         BIGINT REFERENCES users (id),
    deleted_at        BIGINT,
    deleted_by        BIGINT REFERENCES users (id),
    original_id       BIGINT REFERENCES content (id),
    source_version    BIGINT,
    human_translation BIGINT NOT NULL DEFAULT 1,
    translation_count BIGINT NOT NULL DEFAULT 0
);
INSERT INTO content_rebuilt (id, kind, author_id, community_id, parent_id, thread_id, title, body,
    body_html, excerpt, lang, version, is_question, accepted_reply_id, pinned, locked, reply_count,
    comment_count, like_count, created_at, published_at, activity_at, edited_at, edited_by,
    deleted_at, deleted_by, original_id, source_version, human_translation, translation_count)
SELECT id, kind, author_id, community_id, parent_id, thread_id, title, body,
    body_html, excerpt, lang, version, is_question, accepted_reply_id, pinned, locked, reply_count,
    comment_count, like_count, created_at, published_at, activity_at, edited_at, edited_by,
    deleted_at, deleted_by, original_id, source_version, human_translation, translation_count
FROM content;
DROP TABLE content;
ALTER TABLE content_rebuilt RENAME TO content;
CREATE INDEX content_drafts ON content (author_id) WHERE published_at IS NULL;
CREATE INDEX content_children ON content (parent_id, created_at, id) WHERE parent_id IS NOT NULL;
CREATE INDEX content_by_thread ON content (thread_id) WHERE thread_id IS NOT NULL;
CREATE UNIQUE INDEX content_translations ON content (original_id, lang)
    WHERE original_id IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX content_stream_by_community ON content (community_id, published_at, id)
    WHERE parent_id IS NULL AND original_id IS NULL AND deleted_at IS NULL AND published_at IS NOT NULL;
CREATE INDEX content_stream_by_author ON content (author_id, published_at, id)
    WHERE parent_id IS NULL AND original_id IS NULL AND deleted_at IS NULL AND published_at IS NOT NULL;
CREATE INDEX content_by_kind ON content (community_id, kind, published_at, id)
    WHERE parent_id IS NULL AND original_id IS NULL AND deleted_at IS NULL AND published_at IS NOT NULL;
CREATE INDEX content_forum ON content (community_id, pinned, activity_at, id)
    WHERE kind = 'topic' AND original_id IS NULL AND deleted_at IS NULL;
CREATE INDEX content_translations_by_community ON content (community_id, original_id)
    WHERE original_id IS NOT NULL AND deleted_at IS NULL;

-- A new notification kind: a followed page was edited. Rebuilt the same way.
CREATE TABLE notifications_rebuilt (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient_id BIGINT NOT NULL REFERENCES users (id),
    kind         TEXT   NOT NULL CHECK (kind IN (
                     'mention', 'reply', 'comment', 'like', 'accepted',
                     'join_request', 'approved', 'added', 'translation_outdated', 'page_edited')),
    content_id   BIGINT REFERENCES content (id),
    community_id BIGINT REFERENCES communities (id),
    actor_id     BIGINT REFERENCES users (id),
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL,
    read_at      BIGINT
);
INSERT INTO notifications_rebuilt (id, recipient_id, kind, content_id, community_id, actor_id,
                                   created_at, updated_at, read_at)
    SELECT id, recipient_id, kind, content_id, community_id, actor_id, created_at, updated_at, read_at
    FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_rebuilt RENAME TO notifications;
CREATE INDEX notifications_by_recipient ON notifications (recipient_id, updated_at, id);
CREATE INDEX notifications_unread ON notifications (recipient_id, kind, content_id) WHERE read_at IS NULL;

-- Nothing may point nowhere after the rebuild: a row here fails the migration.
CREATE TABLE kinds_migration_check (n BIGINT NOT NULL CHECK (n = 0));
INSERT INTO kinds_migration_check SELECT COUNT(*) FROM pragma_foreign_key_check;
DROP TABLE kinds_migration_check;
COMMIT;
PRAGMA foreign_keys = ON;
