-- no-transaction
-- A new notification kind, 'assigned': a conversation in a shared inbox was given to the
-- recipient (issue 16). The notification names the conversation, not an item of content, so
-- it gets a column of its own.
--
-- SQLite cannot change a CHECK constraint, so `notifications` is rebuilt as in 0007: foreign
-- keys off (outside a transaction, hence `no-transaction`), the rebuild in a transaction of
-- its own, checked before it commits. The other tables name `notifications` and keep doing so.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE notifications_rebuilt (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient_id    BIGINT NOT NULL REFERENCES users (id),
    kind            TEXT   NOT NULL CHECK (kind IN (
                        'mention', 'reply', 'comment', 'like', 'accepted', 'join_request',
                        'approved', 'added', 'translation_outdated', 'page_edited', 'assigned')),
    content_id      BIGINT REFERENCES content (id),
    community_id    BIGINT REFERENCES communities (id),
    actor_id        BIGINT REFERENCES users (id),
    created_at      BIGINT NOT NULL,
    updated_at      BIGINT NOT NULL,
    read_at         BIGINT,
    conversation_id BIGINT REFERENCES inbox_conversations (id)
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
CREATE TABLE assigned_migration_check (n BIGINT NOT NULL CHECK (n = 0));
INSERT INTO assigned_migration_check SELECT COUNT(*) FROM pragma_foreign_key_check;
DROP TABLE assigned_migration_check;
COMMIT;
PRAGMA foreign_keys = ON;
