-- A new notification kind, 'assigned': a conversation in a shared inbox was given to the
-- recipient (issue 16). The notification names the conversation, not an item of content, so
-- it gets a column of its own.
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN (
    'mention', 'reply', 'comment', 'like', 'accepted', 'join_request',
    'approved', 'added', 'translation_outdated', 'page_edited', 'assigned'));
ALTER TABLE notifications ADD COLUMN conversation_id BIGINT REFERENCES inbox_conversations (id);
