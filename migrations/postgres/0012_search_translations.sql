-- Search: a translation of a question is answered when its original is (it ranks and is
-- offered to people asking as the original is). When an original's accepted answer changes,
-- its translations are queued for the index too.
CREATE FUNCTION search_enqueue_translations() RETURNS trigger AS $$
BEGIN
    INSERT INTO search_outbox (entity, entity_id, queued_at)
    SELECT 'item', t.id, (extract(epoch FROM clock_timestamp()) * 1000)::bigint
    FROM content t
    WHERE t.original_id = NEW.id;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER search_content_translations
    AFTER UPDATE OF accepted_reply_id ON content
    FOR EACH ROW WHEN (OLD.accepted_reply_id IS DISTINCT FROM NEW.accepted_reply_id)
    EXECUTE FUNCTION search_enqueue_translations();
