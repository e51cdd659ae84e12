-- Search: a translation of a question is answered when its original is (it ranks and is
-- offered to people asking as the original is). When an original's accepted answer changes,
-- its translations are queued for the index too.
CREATE TRIGGER search_content_translations
AFTER UPDATE OF accepted_reply_id ON content
WHEN OLD.accepted_reply_id IS NOT NEW.accepted_reply_id
BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    SELECT 'item', t.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    FROM content t
    WHERE t.original_id = NEW.id;
END;
